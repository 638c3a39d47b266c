package dev.vigil.views.metrics;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A JavaFX image as PNG bytes. Off the FX thread: encoding a chart takes tens of milliseconds. */
final class Png {

    private Png() {
    }

    static byte[] of(Image image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
        return out.toByteArray();
    }
}
