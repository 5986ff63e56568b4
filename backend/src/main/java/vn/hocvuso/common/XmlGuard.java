package vn.hocvuso.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.hocvuso.common.TableFile.Limit;
import vn.hocvuso.common.TableFile.Limits;

/**
 * The XML of a part, refused when it could make the parser build a huge string: more than 64 KiB
 * without a '{@code <}' (a text or an attribute value, which cannot contain one), or a comment,
 * DOCTYPE or CDATA section ({@code <!}) or processing instruction after the declaration, whose
 * contents may contain '{@code <}' and which no workbook we read needs.
 */
final class XmlGuard extends FilterInputStream {

    /** Bytes between two '<' of the XML: longer is a text or attribute no cell of ours needs. */
    private static final int MAX_XML_TOKEN = 64 * 1024;

    private final Limits limits;
    private long position;
    private int sinceTag;
    private boolean afterLt;

    XmlGuard(InputStream in, Limits limits) {
        super(in);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i]);
        }
        return n;
    }

    private void check(byte b) {
        position++;
        if (afterLt && (b == '!' || (b == '?' && position > 100))) {
            throw XlsxRows.unreadable();
        }
        afterLt = b == '<';
        sinceTag = afterLt ? 0 : sinceTag + 1;
        if (sinceTag > MAX_XML_TOKEN) {
            throw limits.tooLarge(Limit.CELL_CHARS);
        }
    }
}
