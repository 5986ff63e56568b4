package vn.hocvuso.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a whole served file back the way its user's software would, with readers that did not write it
 * (the API writes XLSX with fastexcel and CSV by hand): Apache POI XWPF for Word documents, PDFBox for PDF (text, fonts, and the page rendered to
 * pixels for ZXing to find the QR code in), Apache POI for XLSX, Commons CSV after a strict UTF-8 decode. A
 * damaged file fails here, not only one whose first bytes are wrong.
 */
public final class FileReaders {

    private FileReaders() {}

    /**
     * What a person sees in a PDF: pages, the first one's size in points, text (NFC), whether every font is embedded,
     * the QR code, and the author its properties name.
     */
    public record Pdf(
            int pages, float width, float height, String text, boolean fontsEmbedded, String qrCode, String author) {}

    public static Pdf pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC);
            boolean embedded = true;
            int fonts = 0;
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                embedded &= resources.getFont(name).isEmbedded();
                fonts++;
            }
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
            PDRectangle box = doc.getPage(0).getMediaBox();
            return new Pdf(
                    doc.getNumberOfPages(),
                    box.getWidth(),
                    box.getHeight(),
                    text,
                    fonts > 0 && embedded,
                    qr(page),
                    doc.getDocumentInformation().getAuthor());
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /**
     * The QR code of an SVG made of unit squares ({@code M x y h1v1h-1z}, as the API draws them), painted at 6 pixels
     * a module and read by ZXing's reader; null when there is none.
     */
    public static String svgQr(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        java.util.regex.Matcher box =
                java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(text);
        if (!box.find()) {
            throw new IllegalArgumentException("not an SVG with a viewBox");
        }
        int scale = 6;
        int size = Integer.parseInt(box.group(1));
        BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, size * scale, size * scale);
        graphics.setColor(java.awt.Color.BLACK);
        java.util.regex.Matcher square =
                java.util.regex.Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(text);
        while (square.find()) {
            graphics.fillRect(
                    Integer.parseInt(square.group(1)) * scale, Integer.parseInt(square.group(2)) * scale, scale, scale);
        }
        graphics.dispose();
        // Drawn from the squares themselves, the picture is the code alone on its quiet zone: read as such. ZXing's
        // finder-pattern search, the one for photos and pages, misses some dense codes depending on where their modules
        // fall (a credential's JWT of 2,100 characters, a version-34 code, was one: not found, read at once as pure).
        String pure = qr(image, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        return pure != null ? pure : qr(image);
    }

    /** The QR code found in a picture, or null when there is none. */
    private static String qr(BufferedImage image) {
        return qr(image, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    private static String qr(BufferedImage image, Map<DecodeHintType, Object> hints) {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> all = new HashMap<>(hints);
        all.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        try {
            return new MultiFormatReader().decode(bitmap, all).getText();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /**
     * What a person reads in a Word document (Apache POI XWPF): its paragraphs and its tables' rows, in document
     * order, each cell's text (NFC).
     */
    public record Docx(List<String> paragraphs, List<List<List<String>>> tables, String text) {}

    public static Docx docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            List<List<List<String>>> tables = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String t = Normalizer.normalize(p.getText(), Normalizer.Form.NFC);
                    paragraphs.add(t);
                    text.append(t).append('\n');
                } else if (element instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            String c = Normalizer.normalize(cell.getText(), Normalizer.Form.NFC);
                            cells.add(c);
                            text.append(c).append('\t');
                        }
                        text.append('\n');
                        rows.add(cells);
                    }
                    tables.add(rows);
                }
            }
            return new Docx(paragraphs, tables, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable Word document", e);
        }
    }

    /** The first sheet of a workbook as Excel would display it: rows by number (0-based), cells as shown. */
    public static List<List<String>> xlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter shown = new DataFormatter();
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : shown.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            // Rows that are only formatted (a template's text-format rows) show nothing: what a reader sees ends
            // earlier.
            while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
                rows.remove(rows.size() - 1);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable XLSX workbook", e);
        }
    }

    /** A CSV file: whether it starts with the UTF-8 byte-order mark Excel needs, and its records. */
    public record Csv(boolean bom, List<List<String>> rows) {}

    /** Decodes strictly (a replaced or broken byte fails), then parses as RFC 4180. */
    public static Csv csv(byte[] bytes) {
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("not UTF-8", e);
        }
        if (text.contains("\uFFFD")) {
            throw new IllegalStateException("holds U+FFFD, the mark of bytes replaced on the way");
        }
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
                rows.add(record.toList());
            }
            return new Csv(bom, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
