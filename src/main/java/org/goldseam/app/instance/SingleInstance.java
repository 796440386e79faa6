package org.goldseam.app.instance;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Makes a second start of the desktop app for the same vault bring the running window to the front,
 * instead of failing on the vault's lock after the passphrase has been typed.
 *
 * <p>The running app listens on a Unix domain socket in a folder only its user can open (mode 0700,
 * owned by the user, checked before use); the socket's name is derived from the vault folder, so two
 * vaults can still be open in two windows. A second start connects, says "bring to front", waits for
 * the answer, and ends. A socket left by a process that was killed refuses connections: it is
 * removed and the new start takes its place. When anything here does not work (no such socket on the
 * platform, a folder that is not private, a path too long for a socket), the app starts as before
 * and the vault's own lock says the vault is open in another window.
 */
public final class SingleInstance implements AutoCloseable {
    static final String REQUEST = "goldseam bring-to-front 1\n";
    static final String ANSWER = "shown\n";
    /** Linux allows 108 bytes for a socket path, macOS 104; stay under both. */
    private static final int MAX_SOCKET_PATH = 100;
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(3);

    private final ServerSocketChannel server;
    private final Path socket;
    /** Set by the app once its window exists; until then a request is only answered. */
    private volatile Runnable onRequest = () -> { };
    private final Thread listener;

    private SingleInstance(ServerSocketChannel server, Path socket) {
        this.server = server;
        this.socket = socket;
        this.listener = new Thread(this::serve, "goldseam-single-instance");
        listener.setDaemon(true);
    }

    /** What a start found. */
    public sealed interface Claim permits First, HandedOver, Unavailable {
    }

    /** No other window has this vault: this process listens now; close it when the app ends. */
    public record First(SingleInstance instance) implements Claim {
    }

    /** A running Goldseam has this vault and was asked to come to the front, and answered. */
    public record HandedOver() implements Claim {
    }

    /** The check could not be made (said why); start as if alone, the vault lock still guards. */
    public record Unavailable(String why) implements Claim {
    }

    /** For the desktop app: the per-user folder of this platform. */
    public static Claim claim(Path vaultFolder) {
        Optional<Path> folder = runFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
        if (folder.isEmpty()) {
            return new Unavailable("no per-user folder for the socket");
        }
        return claim(folder.get(), vaultFolder);
    }

    /** Takes the vault's socket in {@code runFolder}, or hands over to the process that has it. */
    public static Claim claim(Path runFolder, Path vaultFolder) {
        Path socket;
        try {
            if (!privateFolder(runFolder)) {
                return new Unavailable(runFolder + " is not private to this user");
            }
            socket = runFolder.resolve("vault-" + key(vaultFolder) + ".sock");
        } catch (IOException e) {
            return new Unavailable(runFolder + " could not be prepared: " + e.getClass().getSimpleName());
        }
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            return new Unavailable("the socket path is too long");
        }
        // two tries: a stale socket (its process was killed) is removed after the first
        for (int attempt = 0; attempt < 2; attempt++) {
            if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
                Optional<Boolean> answered = askToFront(socket);
                if (answered.isPresent()) {
                    return answered.get() ? new HandedOver()
                            : new Unavailable("the running Goldseam did not answer");
                }
                try {
                    Files.deleteIfExists(socket); // nobody listens: left by a process that ended without closing
                } catch (IOException e) {
                    return new Unavailable("a stale socket could not be removed");
                }
            }
            try {
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    server.bind(UnixDomainSocketAddress.of(socket));
                } catch (IOException e) {
                    server.close();
                    continue; // another start bound it a moment ago: ask it on the next round
                }
                SingleInstance instance = new SingleInstance(server, socket);
                instance.listener.start();
                return new First(instance);
            } catch (IOException | UnsupportedOperationException e) {
                return new Unavailable("this system offers no local sockets");
            }
        }
        return new Unavailable("another start is taking the socket at the same moment");
    }

    /** What to do when another start asks (called on the listener's thread). */
    public void onRequest(Runnable action) {
        onRequest = action;
    }

    /**
     * Empty when nobody listens on {@code socket}; true when the running app answered that its window
     * is in front, false when it accepted but did not answer in time.
     */
    private static Optional<Boolean> askToFront(Path socket) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return Optional.empty();
        }
        try (channel) {
            channel.write(ByteBuffer.wrap(REQUEST.getBytes(StandardCharsets.US_ASCII)));
            String answer = readLine(channel, ANSWER_WAIT);
            return Optional.of(ANSWER.equals(answer));
        } catch (IOException e) {
            return Optional.of(false);
        }
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                String request = readLine(client, ANSWER_WAIT);
                if (REQUEST.equals(request)) {
                    onRequest.run();
                    client.write(ByteBuffer.wrap(ANSWER.getBytes(StandardCharsets.US_ASCII)));
                }
            } catch (IOException e) {
                // closed at the end, or one client that went away: keep listening while open
            } catch (RuntimeException e) {
                // an action that failed must not stop the listener
            }
        }
    }

    /**
     * Reads one short line, giving up after {@code limit}: a client (or server) that connects and then
     * sends nothing must not hold the other side. Blocking channels have no read time-out, so the
     * read runs on a helper thread that is abandoned (and its channel closed) when time is up.
     */
    static String readLine(SocketChannel channel, Duration limit) throws IOException {
        AtomicReference<@Nullable String> line = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            try {
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    if (buffer.get(buffer.position() - 1) == '\n') {
                        break;
                    }
                }
            } catch (IOException e) {
                // an empty or partial line is answered as "not understood"
            }
            buffer.flip();
            line.set(StandardCharsets.US_ASCII.decode(buffer).toString());
        }, "goldseam-single-instance-read");
        reader.setDaemon(true);
        reader.start();
        try {
            reader.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reader.isAlive()) {
            channel.close();
            throw new IOException("no answer in time");
        }
        String read = line.get();
        return read == null ? "" : read;
    }

    /** Stops listening and removes the socket, so the next start is the first again. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing: nothing to do about it
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // a socket nobody listens on is removed by the next start
        }
    }

    /**
     * Makes the folder if missing (0700) and checks that it is a real folder (no link), owned by
     * this user, that nobody else can enter. On a system without POSIX permissions (Windows) the
     * per-user profile folder already keeps other users out.
     */
    static boolean privateFolder(Path folder) throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder);
            return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
        }
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Path parent = folder.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(owner));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another start a moment ago: checked below like any existing folder
            }
        }
        PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            return false;
        }
        String me = System.getProperty("user.name", "");
        if (!attributes.owner().getName().equals(me)) {
            return false;
        }
        if (!attributes.permissions().equals(owner)) {
            // ours, but others may enter: close it rather than trust it
            Files.setPosixFilePermissions(folder, owner);
        }
        return true;
    }

    /** The socket's name: a hash of the vault folder, so no folder name shows in the runtime folder. */
    static String key(Path vaultFolder) {
        String path = vaultFolder.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /**
     * Where the sockets live: {@code $XDG_RUNTIME_DIR/goldseam} (a per-user folder the system clears at
     * log-out), else a folder in the user's cache; on Windows and macOS the per-user local data folder.
     */
    static Optional<Path> runFolder(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return Optional.of(base.resolve("Goldseam").resolve("run"));
        }
        if (os.startsWith("mac")) {
            return Optional.of(userHome.resolve("Library").resolve("Caches").resolve("Goldseam").resolve("run"));
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))) {
            return Optional.of(Path.of(runtime).resolve("goldseam"));
        }
        return Optional.of(userHome.resolve(".cache").resolve("goldseam").resolve("run"));
    }
}
