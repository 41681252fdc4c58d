package vn.parmonitor.system.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

	@Test
	void firstAndAfterPageForward() {
		PageRequest.Window window = new PageRequest(10, PageRequest.cursor(19), null, null).window(63);
		assertThat(window.offset()).isEqualTo(20);
		assertThat(window.limit()).isEqualTo(10);
		assertThat(new PageRequest(null, null, null, null).window(63).limit()).isEqualTo(PageRequest.DEFAULT_PAGE_SIZE);
	}

	@Test
	void lastAndBeforePageBackward() {
		assertThat(new PageRequest(null, null, 3, null).window(11)).isEqualTo(new PageRequest.Window(8, 3, 11));
		assertThat(new PageRequest(null, null, 3, PageRequest.cursor(2)).window(11))
			.isEqualTo(new PageRequest.Window(0, 2, 11));
	}

	@Test
	void sizesAndCursorsOutsideTheContractAreRefusedNamingTheArgument() {
		assertThatThrownBy(() -> new PageRequest(101, null, null, null)).isInstanceOf(InvalidArgumentException.class)
			.hasMessage("first must be between 0 and 100, got 101");
		assertThatThrownBy(() -> new PageRequest(null, null, -1, null)).hasMessage("last must be between 0 and 100, got -1");
		assertThatThrownBy(() -> new PageRequest(1, null, 1, null)).hasMessage("give either first or last, not both");
		assertThatThrownBy(() -> new PageRequest(1, "not-a-cursor", null, null).window(5))
			.hasMessage("'not-a-cursor' is not a cursor of this connection");
	}

	@Test
	void connectionsKnowWhetherMoreFollows() {
		PagedConnection<String> page = PagedConnection.of(java.util.List.of("a", "b"), new PageRequest.Window(0, 2, 3));
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().hasPreviousPage()).isFalse();
		assertThat(page.edges().get(1).cursor()).isEqualTo(PageRequest.cursor(1));
	}

	@Test
	void globalIdsRoundTripAndForeignIdsAreRejected() {
		String id = GlobalId.encode("Assessment", "20:PROVINCE-2022:2022");
		assertThat(GlobalId.decode(id)).contains(new GlobalId.Decoded("Assessment", "20:PROVINCE-2022:2022"));
		assertThat(GlobalId.decode("%%%")).isEmpty();
		assertThat(GlobalId.decode(GlobalId.encode("X", "").substring(0, 2))).isEmpty();
	}

}
