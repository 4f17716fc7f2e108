package org.minutebook.progress;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutebook.plan.Measure;
import org.minutebook.plan.MeasureValue;
import org.minutebook.plan.PlanDates;

/**
 * A measure's readings against its target, drawn as SVG on the server, followed by the same numbers as a table
 * (the text alternative: the picture is {@code aria-hidden}, the table is what a screen reader reads).
 *
 * <p>Why server-side SVG rather than ECharts from its WebJar: a plan has a handful of readings per measure, so a
 * line and a target rule say everything; SVG arrives with the page and with every push like any other component
 * (no script to load, nothing to re-initialise after a live update), prints, scales with the text, and the tests
 * can read what was drawn. ECharts would draw to a canvas that a screen reader cannot read at all.
 */
class MeasureChart extends Div {

    private static final int W = 480;
    private static final int H = 200;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    final NativeTable table;

    MeasureChart(Measure measure) {
        addClassName("measure-chart");
        List<MeasureValue> values = measure.getValues();
        if (values.isEmpty()) {
            add(new com.vaadin.flow.component.html.Paragraph("No readings yet" + (measure.getTarget() == null ? "."
                    : "; the target is " + figure(measure.getTarget(), measure.getUnit()) + ".")));
        } else {
            add(new Html("<div class=\"measure-svg\">" + svg(measure) + "</div>"));
        }
        table = table(measure);
        table.setVisible(!values.isEmpty());
        add(table);
    }

    static String svg(Measure measure) {
        List<MeasureValue> values = measure.getValues();
        List<BigDecimal> all = new ArrayList<>();
        values.forEach(v -> all.add(v.value()));
        if (measure.getTarget() != null) {
            all.add(measure.getTarget());
        }
        if (measure.getBaseline() != null) {
            all.add(measure.getBaseline());
        }
        double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double min = Math.min(0, all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        if (max <= min) {
            max = min + 1;
        }
        max = niceCeiling(max + (max - min) * 0.1);
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        final double top = max;
        final double bottom = min;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - (v - bottom) / (top - bottom) * plotH;
        int n = values.size();
        java.util.function.IntToDoubleFunction x = i -> n == 1 ? LEFT + plotW / 2 : LEFT + i * plotW / (n - 1);

        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"100%\" aria-hidden=\"true\" focusable=\"false\" class=\"measure-graph\">");
        // axes
        s.append(line(LEFT, TOP, LEFT, TOP + plotH, "axis")).append(line(LEFT, TOP + plotH, W - RIGHT, TOP + plotH, "axis"));
        s.append(text(LEFT - 6, y.applyAsDouble(bottom) + 4, num(bottom), "end", "tick"));
        s.append(text(LEFT - 6, y.applyAsDouble(top) + 4, num(top), "end", "tick"));
        if (measure.getTarget() != null) {
            double ty = y.applyAsDouble(measure.getTarget().doubleValue());
            s.append(line(LEFT, ty, W - RIGHT, ty, "target"));
            s.append(text(W - RIGHT, ty - 4, "Target " + num(measure.getTarget().doubleValue()), "end", "target-label"));
        }
        if (measure.getBaseline() != null) {
            double by = y.applyAsDouble(measure.getBaseline().doubleValue());
            s.append(line(LEFT, by, W - RIGHT, by, "baseline"));
            s.append(text(LEFT + 4, by - 4, "Baseline " + num(measure.getBaseline().doubleValue()), "start", "baseline-label"));
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(i), y.applyAsDouble(values.get(i).value().doubleValue())));
        }
        if (n > 1) {
            s.append("<polyline class=\"reading-line\" fill=\"none\" points=\"").append(points.toString().strip()).append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            MeasureValue v = values.get(i);
            double px = x.applyAsDouble(i);
            double py = y.applyAsDouble(v.value().doubleValue());
            s.append(String.format(Locale.ROOT, "<circle class=\"reading\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", px, py));
            s.append(text(px, py - 8, num(v.value().doubleValue()), "middle", "value-label"));
            s.append(text(px, H - 12, v.recordedOn() == null ? "Not dated" : PlanDates.day(v.recordedOn()), "middle", "tick"));
        }
        s.append("</svg>");
        return s.toString();
    }

    /** The next round number at or above {@code v} (1, 2 or 5 times a power of ten), so the axis reads cleanly. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= v) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static NativeTable table(Measure m) {
        var caption = new NativeTableCaption();
        caption.setText(m.getName() + (m.getTarget() == null ? "" : " — target "
                + figure(m.getTarget(), m.getUnit())) + (m.getBaseline() == null ? "" : ", baseline "
                + figure(m.getBaseline(), m.getUnit())));
        var head = new NativeTableRow(th("Date"), th("Reading"), th("Against the target"));
        var body = new NativeTableBody();
        for (MeasureValue v : m.getValues()) {
            String against = m.getTarget() == null ? "No target given"
                    : v.value().compareTo(m.getTarget()) == 0 ? "At target"
                    : figure(v.value().subtract(m.getTarget()).abs(), m.getUnit())
                    + (v.value().compareTo(m.getTarget()) > 0 ? " above" : " below");
            body.add(new NativeTableRow(new NativeTableCell(v.recordedOn() == null ? "Not dated" : PlanDates.day(v.recordedOn())),
                    new NativeTableCell(figure(v.value(), m.getUnit()) + (v.note() == null ? "" : " (\u201c" + v.note() + "\u201d)")),
                    new NativeTableCell(against)));
        }
        var table = new NativeTable(caption, new NativeTableHeader(head), body);
        table.addClassNames("plan-table", "measure-table");
        return table;
    }

    private static NativeTableHeaderCell th(String text) {
        var th = new NativeTableHeaderCell(text);
        th.getElement().setAttribute("scope", "col");
        return th;
    }

    static String figure(BigDecimal value, String unit) {
        return value.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).setScale(v == Math.rint(v) ? 0 : 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", cls, x1, y1, x2, y2);
    }

    private static String text(double x, double y, String text, String anchor, String cls) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
                cls, x, y, anchor, escape(text));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
