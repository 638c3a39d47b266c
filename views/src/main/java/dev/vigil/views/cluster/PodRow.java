package dev.vigil.views.cluster;

import dev.vigil.connectors.kubernetes.PodHealth;
import dev.vigil.connectors.kubernetes.PodSummary;
import dev.vigil.views.common.TextMetrics;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A pods table row drawn on one canvas instead of one control per column. When the rows under the
 * viewport shift (a failing pod sorts in above them, hundreds of times a second on a big cluster),
 * every visible row takes a new pod: with a cell per column that is a dozen labels per row to re-bind,
 * re-style and lay out; here it is one canvas redrawn. The row itself stays a styled {@code TableRow}
 * (health tint, hover, selection and focus from CSS), and its text colours come from CSS too, through
 * the {@code -pod-text}, {@code -pod-danger}, {@code -pod-warning} and {@code -pod-muted} properties.
 * Its accessible text is the row's cells, in column order.
 */
final class PodRow extends TableRow<PodSummary> {

    /** What the row shows in one column: the text and whether it is a problem worth colour. */
    interface Cells {
        /**
         * The pod's newest state: a row keeps its place for up to a second while its pod changes
         * (the rows re-sort at most once a second), and shows what the pod is now meanwhile.
         */
        PodSummary current(PodSummary row);

        String text(PodColumn column, PodSummary pod);

        /** What is wrong with the pod's node, as its tooltip says it, or null when nothing is. */
        String nodeProblem(PodSummary pod);
    }

    private static final double PAD = 8;
    private static final Map<PodHealth, PseudoClass> HEALTH = Map.of(
            PodHealth.FAILING, PseudoClass.getPseudoClass("failing"),
            PodHealth.PENDING, PseudoClass.getPseudoClass("pending"),
            PodHealth.NOT_READY, PseudoClass.getPseudoClass("not-ready"),
            PodHealth.TERMINATING, PseudoClass.getPseudoClass("terminating"),
            PodHealth.COMPLETED, PseudoClass.getPseudoClass("completed"));

    private final Cells cells;
    private PodHealth shownHealth;
    private final StyleableObjectProperty<Paint> text = paint(TEXT, Color.WHITE);
    private final StyleableObjectProperty<Paint> danger = paint(DANGER, Color.RED);
    private final StyleableObjectProperty<Paint> warning = paint(WARNING, Color.ORANGE);
    private final StyleableObjectProperty<Paint> muted = paint(MUTED, Color.GRAY);

    PodRow(Cells cells) {
        this.cells = cells;
        getStyleClass().add("pod-row");
        setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getTableView() != null) {
                getTableView().requestFocus();
                getTableView().getSelectionModel().clearAndSelect(getIndex());
                getTableView().getFocusModel().focus(getIndex());
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new RowSkin(this);
    }

    @Override
    protected void updateItem(PodSummary pod, boolean empty) {
        super.updateItem(pod, empty);
        redraw();
    }

    /** Draws the row again if what it shows changed (its pod's newest state, the clock, the columns). */
    void redraw() {
        PodSummary pod = isEmpty() || getItem() == null ? null : cells.current(getItem());
        PodHealth health = pod == null ? null : pod.health();
        if (health != shownHealth) {
            shownHealth = health;
            for (var e : HEALTH.entrySet()) {
                pseudoClassStateChanged(e.getValue(), health == e.getKey());
            }
        }
        if (getSkin() instanceof RowSkin s) {
            s.redraw();
        }
    }

    private StyleableObjectProperty<Paint> paint(CssMetaData<PodRow, Paint> meta, Paint initial) {
        StyleableObjectProperty<Paint> p = new SimpleStyleableObjectProperty<>(meta, this, meta.getProperty(), initial);
        p.addListener((o, a, b) -> redraw());
        return p;
    }

    private static final CssMetaData<PodRow, Paint> TEXT = meta("-pod-text", r -> r.text, Color.WHITE);
    private static final CssMetaData<PodRow, Paint> DANGER = meta("-pod-danger", r -> r.danger, Color.RED);
    private static final CssMetaData<PodRow, Paint> WARNING = meta("-pod-warning", r -> r.warning, Color.ORANGE);
    private static final CssMetaData<PodRow, Paint> MUTED = meta("-pod-muted-text", r -> r.muted, Color.GRAY);
    private static final List<CssMetaData<? extends Styleable, ?>> STYLEABLES;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(TableRow.getClassCssMetaData());
        all.addAll(List.of(TEXT, DANGER, WARNING, MUTED));
        STYLEABLES = Collections.unmodifiableList(all);
    }

    private static CssMetaData<PodRow, Paint> meta(String name, java.util.function.Function<PodRow, StyleableObjectProperty<Paint>> of,
                                                   Paint initial) {
        return new CssMetaData<>(name, PaintConverter.getInstance(), initial) {
            @Override
            public boolean isSettable(PodRow row) {
                return !of.apply(row).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(PodRow row) {
                return of.apply(row);
            }
        };
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLEABLES;
    }

    /** The canvas skin: drawn again when what it shows changes (pod, column widths, colours, the clock). */
    private static final class RowSkin extends SkinBase<PodRow> {

        private final Canvas canvas = new Canvas();
        private final Font regular = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, 12.5);
        private final Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12.5);
        private String tooltipFor;
        // What the canvas shows now (its size, then text, font, fill, x and width per drawn column), or null.
        private List<Object> drawn;

        RowSkin(PodRow row) {
            super(row);
            canvas.setManaged(false);
            canvas.setMouseTransparent(true);
            getChildren().add(canvas);
        }

        private List<? extends TableColumn<PodSummary, ?>> columns() {
            return getSkinnable().getTableView() == null ? List.of() : getSkinnable().getTableView().getVisibleLeafColumns();
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            double w = 0;
            for (TableColumn<PodSummary, ?> c : columns()) {
                w += c.getWidth();
            }
            return w + left + right;
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            double fixed = getSkinnable().getTableView() == null ? -1 : getSkinnable().getTableView().getFixedCellSize();
            return fixed > 0 ? fixed : 24;
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            double width = Math.ceil(computePrefWidth(h, 0, 0, 0, 0));
            double height = getSkinnable().getHeight();
            if (canvas.getWidth() != width || canvas.getHeight() != height) {
                canvas.setWidth(width);
                canvas.setHeight(height);
                redraw();
            }
        }

        /**
         * Draws the row unless the canvas already shows exactly this: the table hands a row its pod
         * again whenever rows above the viewport move (each change of a sort position), and a canvas
         * drawn again is a canvas the renderer paints again.
         */
        void redraw() {
            PodRow row = getSkinnable();
            PodSummary pod = row.isEmpty() || row.getItem() == null ? null : row.cells.current(row.getItem());
            if (pod == null) {
                if (drawn != null) {
                    canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                    drawn = null;
                }
                row.setAccessibleText(null);
                setTooltip(null);
                return;
            }
            boolean faded = pod.health() == PodHealth.TERMINATING || pod.health() == PodHealth.COMPLETED;
            Paint base = faded ? row.muted.get() : row.text.get();
            String problem = null;
            StringBuilder spoken = new StringBuilder();
            List<Object> ops = new ArrayList<>(8 * 5 + 2);
            ops.add(canvas.getWidth());
            ops.add(canvas.getHeight());
            double x = 0;
            for (TableColumn<PodSummary, ?> c : columns()) {
                double width = c.getWidth();
                if (c.getUserData() instanceof PodColumn pc) {
                    String s = row.cells.text(pc, pod);
                    Paint fill = base;
                    Font font = regular;
                    if (pc == PodColumn.STATUS && !faded) {
                        if (pod.health() == PodHealth.FAILING) {
                            fill = row.danger.get();
                            font = bold;
                        } else if (pod.health() == PodHealth.PENDING || pod.health() == PodHealth.NOT_READY) {
                            fill = row.warning.get();
                        }
                    } else if (pc == PodColumn.NODE) {
                        problem = row.cells.nodeProblem(pod);
                        if (problem != null) {
                            fill = row.danger.get();
                            font = bold;
                        }
                    }
                    if (s != null && !s.isEmpty()) {
                        spoken.append(spoken.isEmpty() ? "" : ", ").append(s);
                        ops.add(s);
                        ops.add(font);
                        ops.add(fill);
                        ops.add(x);
                        ops.add(numeric(pc) ? -width : width);
                    }
                }
                x += width;
            }
            String said = spoken.toString();
            if (!said.equals(row.getAccessibleText())) {
                row.setAccessibleText(said);
            }
            setTooltip(problem);
            if (ops.equals(drawn)) {
                return;
            }
            drawn = ops;
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            TextMetrics lines = metrics(regular);
            double baseline = Math.round((canvas.getHeight() + lines.ascent() - lines.descent()) / 2);
            g.setTextBaseline(VPos.BASELINE);
            for (int i = 2; i < ops.size(); i += 5) {
                double w = (Double) ops.get(i + 4);
                draw(g, (String) ops.get(i), (Font) ops.get(i + 1), (Paint) ops.get(i + 2), (Double) ops.get(i + 3), Math.abs(w),
                        baseline, w < 0);
            }
        }

        private static boolean numeric(PodColumn c) {
            return c == PodColumn.RESTARTS || c == PodColumn.CPU || c == PodColumn.MEMORY;
        }

        private void setTooltip(String text) {
            if (java.util.Objects.equals(text, tooltipFor)) {
                return;
            }
            tooltipFor = text;
            getSkinnable().setTooltip(text == null ? null : new Tooltip(text));
        }

        private static void draw(GraphicsContext g, String s, Font font, Paint fill, double x, double width, double baseline,
                                 boolean right) {
            TextMetrics m = metrics(font);
            double room = width - 2 * PAD;
            if (room <= 0) {
                return;
            }
            // Cut to fit with an ellipsis, as a label does.
            int end = m.fitting(s, room, "…");
            String shown = end == s.length() ? s : s.substring(0, end) + "…";
            double w = m.width(shown);
            g.setFont(font);
            g.setFill(fill);
            g.fillText(shown, right ? x + width - PAD - w : x + PAD, baseline);
        }

        private static TextMetrics metrics(Font font) {
            return TextMetrics.of(font);
        }
    }

}
