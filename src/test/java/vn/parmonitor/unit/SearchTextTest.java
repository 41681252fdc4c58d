package vn.parmonitor.unit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

	@Test
	void foldsCaseAndVietnameseDiacriticsIncludingDStroke() {
		assertThat(SearchText.fold("Huyện Văn Quan")).isEqualTo("huyen van quan");
		assertThat(SearchText.fold("Đình Lập")).isEqualTo("dinh lap");
		assertThat(SearchText.fold("VĂN QUAN")).isEqualTo("van quan");
	}

	@Test
	void tokensAreDistinctWordsOfAllNames() {
		assertThat(SearchText.tokens("Huyện Văn Quan", "Văn Quan", "Van Quan District", "184"))
			.containsExactly("huyen", "van", "quan", "district", "184");
		assertThat(SearchText.tokens("Bà Rịa - Vũng Tàu")).containsExactly("ba", "ria", "vung", "tau");
		assertThat(SearchText.tokens((String) null)).isEmpty();
	}

}
