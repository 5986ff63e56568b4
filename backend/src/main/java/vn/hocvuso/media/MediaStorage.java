package vn.hocvuso.media;

import io.smallrye.mutiny.Uni;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where media files live, by name. Names are content-addressed ({@code <sha-256>.<ext>}, see {@link MediaName}), so a
 * stored file never changes: replicas, caches and browsers may keep it for ever.
 *
 * <p>One implementation today: {@link DiskMediaStorage} (a directory, local or a shared mount). An S3-compatible
 * store fits the same three operations (HEAD for {@link #find}, a PUT for {@link #put}, and serving through a
 * short-lived signed URL or a ranged GET proxied by {@code MediaResource}); it is described in docs/operations.md
 * and not written, because nothing here can run one to test it against.
 */
public interface MediaStorage {

    /** A stored file: its size and where its bytes can be read from. */
    record StoredFile(String name, long size, Path path) {}

    /** The file with this name, if stored. */
    Uni<Optional<StoredFile>> find(String name);

    /** Stores {@code source} under {@code name} (a copy; replacing is harmless: same name, same bytes). */
    Uni<Void> put(String name, Path source);
}
