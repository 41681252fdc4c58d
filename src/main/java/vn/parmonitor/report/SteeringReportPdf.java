package vn.parmonitor.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import vn.parmonitor.system.time.VietnamTime;

/**
 * Lays out a {@link SteeringReport} as an A4 PDF in Vietnamese with English beside it, in Liberation Sans (embedded,
 * so every diacritic shows on any reader): the headline figures, a bar chart of the fields against their maxima,
 * the points lost by agency, the targets, and the forecast band with the path to the target.
 */
final class SteeringReportPdf {

	private static final Color INK = new Color(0x1f, 0x2d, 0x3d);

	private static final Color ACHIEVED = new Color(0x2e, 0x6d, 0xb4);

	private static final Color MAXIMUM = new Color(0xdd, 0xe3, 0xea);

	private static final BaseFont REGULAR = font("/liberation/LiberationSans-Regular.ttf");

	private static final BaseFont BOLD = font("/liberation/LiberationSans-Bold.ttf");

	private final Font title = new Font(BOLD, 15, Font.NORMAL, INK);

	private final Font heading = new Font(BOLD, 11.5f, Font.NORMAL, INK);

	private final Font body = new Font(REGULAR, 9.5f, Font.NORMAL, INK);

	private final Font strong = new Font(BOLD, 9.5f, Font.NORMAL, INK);

	private final Font big = new Font(BOLD, 20, Font.NORMAL, ACHIEVED);

	private final Font small = new Font(REGULAR, 7.5f, Font.NORMAL, Color.GRAY);

	byte[] render(SteeringReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 42, 42, 40, 40);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.addTitle("Báo cáo Ban Chỉ đạo CCHC: " + report.unitName() + " " + report.year());
			document.addAuthor("PAR Monitor");
			document.open();
			document.add(new Paragraph("BÁO CÁO BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", title));
			document.add(new Paragraph("Steering Committee report · " + report.unitName() + " (" + report.unitCode()
					+ ") · Chỉ số CCHC năm " + report.year() + " / PAR INDEX " + report.year(), strong));
			if (report.methodologyCode() != null) {
				document.add(new Paragraph(report.methodologyName() + " (" + report.methodologyCode() + ")", body));
			}
			headline(document, report);
			fields(document, writer, report);
			agencies(document, report);
			targets(document, report);
			forecast(document, report);
			Paragraph footer = new Paragraph("Tạo lúc / Generated " + ZonedDateTime.ofInstant(report.generatedAt(),
					VietnamTime.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")) + " (giờ Việt Nam) bởi PAR Monitor;"
					+ " số liệu như GraphQL trả lời / figures as the GraphQL API answers them.", small);
			footer.setSpacingBefore(14);
			document.add(footer);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("the report could not be laid out", ex);
		}
		return out.toByteArray();
	}

	private void headline(Document document, SteeringReport report) throws DocumentException {
		PdfPTable table = new PdfPTable(3);
		table.setWidthPercentage(100);
		table.setSpacingBefore(10);
		SteeringReport.Forecast forecast = report.forecast();
		if (report.indexPercent() == null) {
			table.addCell(figure("Chỉ số / Index", "—", "chưa có điểm / not scored yet"));
		}
		else if (report.settled()) {
			table.addCell(figure("Chỉ số / Index", percent(report.indexPercent()), plain(report.points()) + " / "
					+ plain(report.maximumPoints()) + " điểm · " + report.stage()));
		}
		else {
			table.addCell(figure("Chỉ số / Index (" + report.stage() + ")", percent(report.indexPercent()),
					"của phần đã chấm / of what is scored: " + plain(report.points()) + " / "
							+ plain(report.assessedMaximumPoints()) + " (tối đa / maximum " + plain(report.maximumPoints()) + ")"));
		}
		if (report.rank() != null) {
			table.addCell(figure("Xếp hạng / Rank", report.rank() + "/" + report.rankOf(), "trong số đơn vị cùng bộ tiêu chí"));
		}
		else if (forecast != null) {
			table.addCell(figure("Xếp hạng dự báo / Forecast rank", forecast.rankLikely() + "/" + forecast.rankOf(),
					"khoảng / range " + forecast.rankBest() + "–" + forecast.rankWorst() + "; chưa công bố / not published"));
		}
		else {
			table.addCell(figure("Xếp hạng / Rank", "—", "chưa xếp hạng / not ranked"));
		}
		if (report.indexChange() != null) {
			String places = report.placesChange() == null ? "" : (report.placesChange() >= 0 ? "+" : "")
					+ report.placesChange() + " bậc / places" + (report.previousRank() == null ? ""
							: " (năm trước / before: " + report.previousRank() + ")");
			table.addCell(figure("Thay đổi / Change", signed(report.indexChange()) + " điểm", places));
		}
		else if (forecast != null) {
			table.addCell(figure("Chỉ số dự báo / Forecast index", percent(forecast.likely()), "khoảng / range "
					+ plain(forecast.low()) + "–" + plain(forecast.high()) + "%"));
		}
		else {
			table.addCell(figure("Thay đổi / Change", "—", "không có năm trước / no year before"));
		}
		document.add(table);
	}

	private PdfPCell figure(String label, String value, String note) {
		PdfPCell cell = new PdfPCell();
		cell.setBorderColor(MAXIMUM);
		cell.setPadding(6);
		cell.addElement(new Paragraph(label, body));
		cell.addElement(new Paragraph(value, big));
		cell.addElement(new Paragraph(note, small));
		return cell;
	}

	private void fields(Document document, PdfWriter writer, SteeringReport report) throws DocumentException {
		if (report.fields().isEmpty()) {
			return;
		}
		section(document, "Điểm theo lĩnh vực so với điểm tối đa / Fields against their maxima");
		BigDecimal largest = report.fields().stream().map(SteeringReport.FieldBar::maximumPoints)
			.reduce(BigDecimal.ONE, BigDecimal::max);
		PdfPTable table = new PdfPTable(new float[] { 40, 36, 24 });
		table.setWidthPercentage(100);
		for (SteeringReport.FieldBar field : report.fields()) {
			table.addCell(cell(field.code() + ". " + field.name(), body, Element.ALIGN_LEFT));
			PdfPCell bar = new PdfPCell(bar(writer, field, largest), true);
			bar.setBorder(0);
			bar.setPadding(3);
			table.addCell(bar);
			String figures = !field.assessed() ? "— / " + plain(field.maximumPoints()) + "  chưa chấm / not scored"
					: plain(field.points()) + " / " + plain(field.maximumPoints()) + (field.lostPoints() == null
							|| field.lostPoints().signum() == 0 ? "" : "  (−" + plain(field.lostPoints()) + ")");
			table.addCell(cell(figures, strong, Element.ALIGN_RIGHT));
		}
		document.add(table);
		Paragraph legend = new Paragraph();
		legend.add(new Chunk("■ ", new Font(REGULAR, 9, Font.NORMAL, ACHIEVED)));
		legend.add(new Chunk("đạt / achieved   ", small));
		legend.add(new Chunk("■ ", new Font(REGULAR, 9, Font.NORMAL, MAXIMUM)));
		legend.add(new Chunk("tối đa / maximum", small));
		document.add(legend);
	}

	/** A bar the width of the field's maximum (relative to the largest), filled to its points. */
	private static Image bar(PdfWriter writer, SteeringReport.FieldBar field, BigDecimal largest) {
		float width = 200;
		float height = 12;
		PdfContentByte canvas = writer.getDirectContent();
		PdfTemplate template = canvas.createTemplate(width, height);
		float maximum = width * field.maximumPoints().floatValue() / largest.floatValue();
		float achieved = field.points() == null ? 0 : width * field.points().floatValue() / largest.floatValue();
		template.setColorFill(MAXIMUM);
		template.rectangle(0, 1, maximum, height - 2);
		template.fill();
		template.setColorFill(ACHIEVED);
		template.rectangle(0, 1, achieved, height - 2);
		template.fill();
		try {
			return Image.getInstance(template);
		}
		catch (com.lowagie.text.BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void agencies(Document document, SteeringReport report) throws DocumentException {
		if (report.agencies().isEmpty()) {
			return;
		}
		section(document, "Điểm bị mất theo cơ quan chủ trì / Points lost by responsible agency (tổng / total "
				+ plain(report.lostPoints()) + ")");
		PdfPTable table = new PdfPTable(new float[] { 55, 15, 15, 15 });
		table.setWidthPercentage(100);
		header(table, "Cơ quan / Agency", "Tối đa / Max", "Mất / Lost", "Tỷ trọng / Share");
		for (SteeringReport.Loss loss : report.agencies()) {
			table.addCell(cell(loss.agencyName(), body, Element.ALIGN_LEFT));
			table.addCell(cell(plain(loss.maximumPoints()), body, Element.ALIGN_RIGHT));
			table.addCell(cell(plain(loss.lostPoints()), strong, Element.ALIGN_RIGHT));
			table.addCell(cell(loss.shareOfLostPercent() == null ? "" : plain(loss.shareOfLostPercent()) + "%", body,
					Element.ALIGN_RIGHT));
		}
		document.add(table);
	}

	private void targets(Document document, SteeringReport report) throws DocumentException {
		section(document, "Mục tiêu của kế hoạch / Targets of the plans");
		if (report.targets().isEmpty()) {
			document.add(new Paragraph("Không có kế hoạch năm " + report.year() + " / no plan for " + report.year(), body));
			return;
		}
		PdfPTable table = new PdfPTable(new float[] { 52, 12, 12, 12, 12 });
		table.setWidthPercentage(100);
		header(table, "Mục tiêu / Target", "Chỉ tiêu", "Thực tế", "Dự báo", "Trạng thái");
		for (SteeringReport.TargetLine target : report.targets()) {
			table.addCell(cell(target.name(), body, Element.ALIGN_LEFT));
			table.addCell(cell(plain(target.targetValue()), body, Element.ALIGN_RIGHT));
			table.addCell(cell(plain(target.actual()), body, Element.ALIGN_RIGHT));
			table.addCell(cell(plain(target.projected()), body, Element.ALIGN_RIGHT));
			PdfPCell status = cell(target.status(), new Font(BOLD, 8, Font.NORMAL, statusColour(target.status())),
					Element.ALIGN_CENTER);
			table.addCell(status);
		}
		document.add(table);
	}

	private void forecast(Document document, SteeringReport report) throws DocumentException {
		SteeringReport.Forecast forecast = report.forecast();
		if (forecast == null) {
			return;
		}
		section(document, "Dự báo cuối năm / Year-end forecast");
		document.add(new Paragraph("Chỉ số / Index: " + percent(forecast.likely()) + " (khoảng / range "
				+ plain(forecast.low()) + "–" + plain(forecast.high()) + "%); xếp hạng / rank " + forecast.rankLikely()
				+ " (" + forecast.rankBest() + "–" + forecast.rankWorst() + ") / " + forecast.rankOf() + ".", strong));
		document.add(new Paragraph(forecast.summary(), body));
		if (forecast.pathSummary() != null) {
			document.add(new Paragraph("Lộ trình đến mục tiêu / Path to the target: " + forecast.pathSummary(), body));
		}
	}

	private void section(Document document, String text) throws DocumentException {
		Paragraph paragraph = new Paragraph(text, heading);
		paragraph.setSpacingBefore(12);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	private void header(PdfPTable table, String... labels) {
		for (String label : labels) {
			PdfPCell cell = cell(label, strong, Element.ALIGN_CENTER);
			cell.setBackgroundColor(MAXIMUM);
			table.addCell(cell);
		}
	}

	private static PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setBorderColor(MAXIMUM);
		cell.setPadding(3);
		return cell;
	}

	private static Color statusColour(String status) {
		return switch (status) {
			case "ACHIEVED", "ON_TRACK" -> new Color(0x1b, 0x7f, 0x3b);
			case "AT_RISK" -> new Color(0xb2, 0x6b, 0x00);
			case "OFF_TRACK" -> new Color(0xb3, 0x26, 0x1e);
			default -> Color.GRAY;
		};
	}

	static String plain(BigDecimal value) {
		return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String percent(BigDecimal value) {
		return plain(value) + "%";
	}

	private static String signed(BigDecimal value) {
		return (value.signum() >= 0 ? "+" : "") + plain(value);
	}

	private static BaseFont font(String resource) {
		try (InputStream in = SteeringReportPdf.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the class path (openpdf-fonts-extra)");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
