package vn.hocvuso.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of uploaded tables (roster and denominator imports, {@code hocvuso.files.*}). Each limit is
 * checked while the file is read, before what it bounds is allocated, so a small hostile file (a row
 * numbered two billion, a column ZZZZZZ, a zip bomb) is refused at once instead of filling the heap.
 * The number of data rows is the import's own limit (50,000 for rosters, 1,000 for denominators).
 */
@ConfigMapping(prefix = "hocvuso.files")
public interface FilesConfig {

    /** Threads that parse uploaded files: at most this many files are parsed at the same moment. */
    @WithDefault("2")
    int parseThreads();

    /** Uploads that may wait for a parsing thread; one more is answered 503 {@code server_busy}. */
    @WithDefault("16")
    int parseQueue();

    /** Columns of a row (column letter or CSV fields); the imports use fewer than ten. */
    @WithDefault("200")
    int maxColumns();

    /** Characters in one cell; the longest legitimate cell is a 500-character source note. */
    @WithDefault("2000")
    int maxCellChars();

    /**
     * Characters kept from one file (the cells of the import's columns and an XLSX's shared strings,
     * each counting at least 16 for its own overhead): 50,000 roster rows take about 10 million.
     */
    @WithDefault("16000000")
    long maxChars();

    /** Bytes of an XLSX once decompressed, all its parts together. */
    @WithDefault("100M")
    MemorySize maxUnzippedSize();

    /** Parts (zip entries) of an XLSX; Excel writes about a dozen. */
    @WithDefault("1000")
    int maxZipEntries();
}
