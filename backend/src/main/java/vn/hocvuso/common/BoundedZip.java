package vn.hocvuso.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import vn.hocvuso.common.TableFile.Limit;
import vn.hocvuso.common.TableFile.Limits;

/**
 * The zip side of reading a workbook within limits ({@link XlsxRows}): the end record checked before
 * any parser sees the directory, and the parts opened so that every byte they inflate is counted
 * against the decompressed limit, in case a declared size lies.
 */
final class BoundedZip {

    /** End of central directory: signature, then 16 bytes in, the entry count (2 bytes) and directory size (4). */
    private static final int END_SIGNATURE = 0x06054b50;

    private static final int MAX_DIRECTORY_BYTES = 1024 * 1024;

    /**
     * Reads the zip's end record (within its last 64 kB) and refuses, before any parser sees the
     * directory, more entries than allowed or a directory larger than 1 MiB (or ZIP64 markers: no
     * workbook we read needs them).
     */
    static void checkDirectory(byte[] bytes, Limits limits) {
        for (int at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
            if (le32(bytes, at) == END_SIGNATURE) {
                int entries = le16(bytes, at + 10);
                long size = le32(bytes, at + 12) & 0xFFFFFFFFL;
                long offset = le32(bytes, at + 16) & 0xFFFFFFFFL;
                if (entries == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
                    throw XlsxRows.unreadable();
                }
                if (entries > limits.maxZipEntries()) {
                    throw limits.tooLarge(Limit.ZIP_ENTRIES);
                }
                // The parser reads directory records from the offset up to this end record, whatever the count says.
                if (size > MAX_DIRECTORY_BYTES || offset > at || at - offset > MAX_DIRECTORY_BYTES) {
                    throw limits.tooLarge(Limit.ZIP_ENTRIES);
                }
                return;
            }
        }
        throw XlsxRows.unreadable();
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }

    private final Limits limits;
    /** The bytes inflated so far from the parts read. */
    private long total;

    BoundedZip(Limits limits) {
        this.limits = limits;
    }

    InputStream open(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        return new FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }
        };
    }

    private void count(int n) {
        total += n;
        if (total > limits.maxUnzippedBytes()) {
            throw limits.tooLarge(Limit.UNZIPPED_MEGABYTES);
        }
    }
}
