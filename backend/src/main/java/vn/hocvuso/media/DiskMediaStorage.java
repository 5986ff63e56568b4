package vn.hocvuso.media;

import io.smallrye.mutiny.Uni;
import io.vertx.core.file.CopyOptions;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Media in a directory ({@code hocvuso.media.storage-dir}), through Vert.x's asynchronous file system, so that
 * neither a look-up nor a store holds the event loop. A file is first copied to a temporary name in the same
 * directory and then renamed, so a reader never sees half of it.
 */
@ApplicationScoped
public class DiskMediaStorage implements MediaStorage {

    private final Vertx vertx;
    private final Path root;

    public DiskMediaStorage(Vertx vertx, MediaConfig config) {
        this.vertx = vertx;
        this.root = Path.of(config.storageDir()).toAbsolutePath();
    }

    @Override
    public Uni<Optional<StoredFile>> find(String name) {
        Path path = root.resolve(MediaName.require(name));
        String file = path.toString();
        return vertx.fileSystem()
                .exists(file)
                .chain(exists -> !exists
                        ? Uni.createFrom().item(Optional.<StoredFile>empty())
                        : vertx.fileSystem()
                                .props(file)
                                .map(props -> props.isRegularFile()
                                        ? Optional.of(new StoredFile(name, props.size(), path))
                                        : Optional.<StoredFile>empty()));
    }

    @Override
    public Uni<Void> put(String name, Path source) {
        String target = root.resolve(MediaName.require(name)).toString();
        String partial = root.resolve("." + name + "." + Long.toHexString(System.nanoTime()) + ".part")
                .toString();
        return vertx.fileSystem()
                .mkdirs(root.toString())
                .chain(() -> vertx.fileSystem().copy(source.toString(), partial))
                .chain(() -> vertx.fileSystem()
                        .move(
                                partial,
                                target,
                                new CopyOptions().setReplaceExisting(true).setAtomicMove(true)));
    }
}
