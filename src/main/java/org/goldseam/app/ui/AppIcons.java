package org.goldseam.app.ui;

import java.awt.Image;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;

/**
 * Goldseam's icon (a bowl mended with a seam of gold) in the sizes rendered from
 * {@code src/packaging/icon/goldseam.svg}: the window manager, task bar and Alt+Tab pick the size they need.
 */
final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final List<Image> ALL = load();

    private AppIcons() {
    }

    /** Every size, for {@link java.awt.Window#setIconImages}. Empty only if the resources are missing. */
    static List<Image> all() {
        return ALL;
    }

    /** The icon at {@code size} pixels (one of the rendered sizes), for the About dialog. */
    static ImageIcon sized(int size) {
        for (int i = 0; i < SIZES.length; i++) {
            if (SIZES[i] == size && i < ALL.size()) {
                return new ImageIcon(ALL.get(i));
            }
        }
        return new ImageIcon(ALL.isEmpty() ? new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_ARGB)
                : ALL.get(ALL.size() - 1).getScaledInstance(size, size, Image.SCALE_SMOOTH));
    }

    private static List<Image> load() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("icons/goldseam-" + size + ".png")) {
                if (in == null) {
                    return List.of();
                }
                Image image = ImageIO.read(in);
                if (image == null) {
                    return List.of();
                }
                images.add(image);
            } catch (IOException e) {
                return List.of(); // a window without its icon still works
            }
        }
        return List.copyOf(images);
    }
}
