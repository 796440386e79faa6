package org.goldseam.summary.render;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Draws the summary's charts where the template has {@code <object type="application/x-goldseam-chart">}.
 * openhtmltopdf hands the drawer a PDFBox Graphics2D, so JFreeChart's lines, shapes and text end
 * up as vector graphics and real (embedded, subset) text in the PDF, tagged as a Figure with the
 * object's {@code alt} text.
 */
final class ChartDrawers implements FSObjectDrawerFactory {
    private final Map<String, ChartSpec> charts = new HashMap<>();

    ChartDrawers(List<ChartSpec> specs) {
        specs.forEach(spec -> charts.put(spec.id(), spec));
    }

    @Override
    public boolean isReplacedObject(Element element) {
        return SummaryXhtml.CHART_TYPE.equals(element.getAttribute("type"));
    }

    @Override
    public @Nullable FSObjectDrawer createDrawer(Element element) {
        ChartSpec spec = isReplacedObject(element) ? charts.get(element.getAttribute("data-chart")) : null;
        if (spec == null) {
            return null;
        }
        return (e, x, y, width, height, outputDevice, context, dotsPerPixel) -> {
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            outputDevice.drawWithGraphics((float) x, (float) y, w, h,
                    graphics -> spec.chart().draw(graphics, new Rectangle2D.Float(0, 0, w, h)));
            return null;
        };
    }
}
