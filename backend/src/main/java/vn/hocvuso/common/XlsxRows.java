package vn.hocvuso.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.TableFile.Budget;
import vn.hocvuso.common.TableFile.Limit;
import vn.hocvuso.common.TableFile.Limits;
import vn.hocvuso.common.TableFile.RowSink;

/**
 * The rows of an XLSX workbook's first sheet, read with the JDK's zip and StAX parsers and checked as
 * they come: the number of parts and their decompressed bytes, every row number and cell reference,
 * the length of every text.
 *
 * <p>Why not a spreadsheet library: fastexcel-reader (still used by the tests to read our exports) pads
 * each row's cells up to the cell's column letter, and its callers pad rows up to the row number,
 * before any caller sees the reference; a 1.5 kB workbook with {@code r="2000000000"} or
 * {@code r="ZZZZZZ1"} made it allocate gigabytes (issue 10, finding 1). Apache POI builds the sheet in
 * memory. Reading the references ourselves is the only way to refuse them before allocating.
 *
 * <p>The archive is opened by its central directory (commons-compress, in memory), as Excel and every
 * zip reader do: some writers (fastexcel's, for one) leave the sizes out of the local headers that a
 * streaming reader would need. Before the directory is parsed, its end record is checked: the number
 * of parts and the directory's size are bounded, so a directory of millions of entries is never
 * loaded. The parts' declared sizes must add up to less than the decompressed limit, and the parts
 * actually read (the workbook, its relationships, the shared strings and the first sheet; never the
 * others) are counted byte by byte as they inflate, in case a declared size lies.
 */
final class XlsxRows {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    /** The workbook and its relationships are a few kilobytes; more is not a workbook we read. */
    private static final int MAX_METADATA_BYTES = 1024 * 1024;

    private XlsxRows() {}

    /** 400 {@code import_unreadable}: not a workbook, or one we refuse to read. */
    static ApiException unreadable() {
        return new ApiException(StatusCode.BAD_REQUEST, "import_unreadable");
    }

    /** Sends every row of the first sheet to {@code sink}; an unreadable workbook is 400 {@code import_unreadable}. */
    static String read(byte[] bytes, Limits limits, Budget budget, RowSink sink) {
        BoundedZip.checkDirectory(bytes, limits);
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            BoundedZip unzipped = new BoundedZip(limits);
            long declared = 0;
            int entries = 0;
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                entries++;
                declared += Math.max(entry.getSize(), 0);
            }
            if (entries > limits.maxZipEntries()) {
                throw limits.tooLarge(Limit.ZIP_ENTRIES);
            }
            if (declared > limits.maxUnzippedBytes()) {
                throw limits.tooLarge(Limit.UNZIPPED_MEGABYTES);
            }
            Map<String, byte[]> metadata = new HashMap<>();
            for (String name : List.of(WORKBOOK, WORKBOOK_RELS)) {
                ZipArchiveEntry entry = zip.getEntry(name);
                if (entry != null) {
                    try (InputStream in = unzipped.open(zip, entry)) {
                        byte[] content = in.readNBytes(MAX_METADATA_BYTES + 1);
                        if (content.length > MAX_METADATA_BYTES) {
                            throw unreadable();
                        }
                        metadata.put(name, content);
                    }
                }
            }
            Parts parts = parts(metadata);
            List<String> shared = new ArrayList<>();
            ZipArchiveEntry strings = zip.getEntry(parts.sharedStrings());
            if (strings != null) {
                try (InputStream in = unzipped.open(zip, strings)) {
                    sharedStrings(new XmlGuard(in, limits), limits, budget, shared);
                }
            }
            ZipArchiveEntry sheet = zip.getEntry(parts.sheet());
            if (sheet == null) {
                throw unreadable();
            }
            try (InputStream in = unzipped.open(zip, sheet)) {
                sheet(new XmlGuard(in, limits), shared, limits, sink);
            }
            return "xlsx";
        } catch (ApiException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw unreadable();
        }
    }

    private record Parts(String sheet, String sharedStrings) {}

    /** The first sheet of the workbook and the shared strings, as its relationships name them. */
    private static Parts parts(Map<String, byte[]> metadata) throws XMLStreamException {
        String sheetId = null;
        if (metadata.containsKey(WORKBOOK)) {
            XMLStreamReader xml = xml(new ByteArrayInputStream(metadata.get(WORKBOOK)));
            while (xml.hasNext() && sheetId == null) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("sheet")) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeLocalName(i).equals("id")
                                && !xml.getAttributeNamespace(i).isEmpty()) {
                            sheetId = xml.getAttributeValue(i);
                        }
                    }
                }
            }
        }
        String sheet = "xl/worksheets/sheet1.xml";
        String sharedStrings = "xl/sharedStrings.xml";
        if (metadata.containsKey(WORKBOOK_RELS)) {
            XMLStreamReader xml = xml(new ByteArrayInputStream(metadata.get(WORKBOOK_RELS)));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("Relationship")) {
                    String target = partName(xml.getAttributeValue(null, "Target"));
                    String type = String.valueOf(xml.getAttributeValue(null, "Type"));
                    if (target != null && sheetId != null && sheetId.equals(xml.getAttributeValue(null, "Id"))) {
                        sheet = target;
                    } else if (target != null && type.endsWith("/sharedStrings")) {
                        sharedStrings = target;
                    }
                }
            }
        }
        return new Parts(sheet, sharedStrings);
    }

    /** "worksheets/sheet1.xml" (relative to xl/) or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
    private static String partName(String target) {
        if (target == null) {
            return null;
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        // The JDK's own parser, whatever else is on the class path; no DTD, so no entity can expand.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory.createXMLStreamReader(in);
    }

    /** The shared strings: the text of each {@code <si>} (rich-text runs joined, phonetic hints left out). */
    private static void sharedStrings(InputStream in, Limits limits, Budget budget, List<String> shared)
            throws XMLStreamException {
        XMLStreamReader xml = xml(in);
        StringBuilder text = null;
        boolean inText = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "si" -> text = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> inText = text != null && phonetic == 0;
                        default -> {}
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        append(text, xml, limits);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "t" -> inText = false;
                        case "rPh" -> phonetic--;
                        case "si" -> {
                            shared.add(budget.keep(text.toString()));
                            text = null;
                        }
                        default -> {}
                    }
                }
                default -> {}
            }
        }
    }

    /** The sheet's rows, each sent when its {@code </row>} is read; cells padded up to their (bounded) column. */
    private static void sheet(InputStream in, List<String> shared, Limits limits, RowSink sink)
            throws XMLStreamException {
        XMLStreamReader xml = xml(in);
        int rowNumber = 0;
        List<String> cells = null;
        int column = 0;
        String type = null;
        StringBuilder value = null;
        boolean inValue = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : number(r, limits);
                            cells = new ArrayList<>();
                            column = 0;
                        }
                        case "c" -> {
                            String r = xml.getAttributeValue(null, "r");
                            column = r == null ? (cells == null ? 0 : cells.size()) : column(r, limits);
                            type = xml.getAttributeValue(null, "t");
                            value = new StringBuilder();
                        }
                        case "v" -> inValue = value != null;
                        case "rPh" -> phonetic++;
                        case "t" -> inValue = value != null && "inlineStr".equals(type) && phonetic == 0;
                        default -> {}
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inValue) {
                        append(value, xml, limits);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "rPh" -> phonetic--;
                        case "c" -> {
                            if (cells != null && value != null) {
                                while (cells.size() <= column) {
                                    cells.add("");
                                }
                                cells.set(column, text(type, value.toString(), shared));
                            }
                            value = null;
                        }
                        case "row" -> {
                            if (cells != null) {
                                sink.row(rowNumber, cells);
                            }
                            cells = null;
                        }
                        default -> {}
                    }
                }
                default -> {}
            }
        }
    }

    private static void append(StringBuilder text, XMLStreamReader xml, Limits limits) {
        if (text.length() + xml.getTextLength() > limits.maxCellChars()) {
            throw limits.tooLarge(Limit.CELL_CHARS);
        }
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
    }

    /** A row number, refused past the limit before anything is sized by it. */
    private static int number(String digits, Limits limits) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            throw digits.length() > 9 && digits.chars().allMatch(Character::isDigit)
                    ? limits.tooManyRows()
                    : unreadable();
        }
        int number = Integer.parseInt(digits);
        if (number > limits.maxRowNumber()) {
            throw limits.tooManyRows();
        }
        return number;
    }

    /** The column of a reference like "AB12" (0-based), refused past the limit; its row number checked too. */
    private static int column(String reference, Limits limits) {
        int i = 0;
        long column = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > limits.maxColumns()) {
                throw limits.tooLarge(Limit.COLUMNS);
            }
            i++;
        }
        if (i == 0) {
            throw unreadable();
        }
        number(reference.substring(i), limits);
        return (int) column - 1;
    }

    /** A cell's text: shared strings resolved, numbers as people typed them (912345678, not 9.12345678E8). */
    private static String text(String type, String value, List<String> shared) {
        if (type == null || type.equals("n")) {
            return number(value);
        }
        if (type.equals("s")) {
            try {
                int index = Integer.parseInt(value.strip());
                return index >= 0 && index < shared.size() ? shared.get(index) : "";
            } catch (NumberFormatException e) {
                return "";
            }
        }
        return value; // inlineStr, str (a formula's text), b, e: as written
    }

    private static String number(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 40) {
            return v;
        }
        try {
            BigDecimal number = new BigDecimal(v).stripTrailingZeros();
            // 1E+999999999 would print a billion zeros: keep such a value as written.
            return Math.abs(number.scale()) > 40 ? v : number.toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
