//! `nln fit --plot DIR` and `nln dif --plot DIR`: the review statistics as pictures. An item-fit
//! plot shows an item's observed mean score in each summed-score group of its S-X² table against
//! what the model expects there, with the model's 95 % range; a DIF plot shows the item's
//! response curve in each group over the matching score, from the logistic DIF model, with the
//! observed proportions and the statistics. The points and curves are the core's
//! (`calibrate::fit::ScoreGroup`, `calibrate::dif::DifCurves`); this module only draws them.

use super::plot::{draw_error, draw_legend, file_stem, line_key, plain_chart, white_page, DrawResult, PALETTE};
use crate::failure::Failure;
use nln_core::calibrate::dif::{DifCurves, EtsClass, ItemDif, Matching};
use nln_core::calibrate::fit::{ScoreGroup, SumScoreFit};
use nln_core::i18n::{Arg, Localizer};
use plotters::prelude::*;
use std::path::{Path, PathBuf};

/// Half-width of the model's range around an expected mean, in standard errors (95 %).
const RANGE_Z: f64 = 1.96;
/// Points on a drawn DIF curve.
const CURVE_POINTS: usize = 101;
/// Colour of the model's range and of the no-DIF curve.
const GREY: RGBColor = RGBColor(150, 150, 150);

/// What to draw for one item's fit.
pub(super) struct FitPlot<'a> {
    pub id: &'a str,
    pub model: &'static str,
    pub max_score: usize,
    pub fit: SumScoreFit,
    pub groups: &'a [ScoreGroup],
}

/// What to draw for one item's DIF between two groups.
pub(super) struct DifPlot<'a> {
    pub id: &'a str,
    pub reference: &'a str,
    pub focal: &'a str,
    pub dif: &'a ItemDif,
    pub curves: &'a DifCurves,
}

/// Creates `out` and writes every plot into it; the number of files written.
pub(super) fn write_fit_plots(loc: &Localizer, out: &Path, plots: &[FitPlot<'_>]) -> Result<usize, Failure> {
    std::fs::create_dir_all(out).map_err(|e| draw_error(loc, out, e))?;
    for plot in plots {
        let path = out.join(format!("fit-{}.svg", file_stem(plot.id)));
        fit_plot(loc, &path, plot).map_err(|e| draw_error(loc, &path, e))?;
    }
    Ok(plots.len())
}

/// Creates `out` and writes every plot into it; the number of files written.
pub(super) fn write_dif_plots(loc: &Localizer, out: &Path, plots: &[DifPlot<'_>]) -> Result<usize, Failure> {
    std::fs::create_dir_all(out).map_err(|e| draw_error(loc, out, e))?;
    for plot in plots {
        let path: PathBuf = out.join(format!("dif-{}-{}.svg", file_stem(plot.focal), file_stem(plot.id)));
        dif_plot(loc, &path, plot).map_err(|e| draw_error(loc, &path, e))?;
    }
    Ok(plots.len())
}

/// A statistic for a caption: fixed digits, or "-" when there is none.
fn stat(value: Option<f64>, digits: u8) -> Arg<'static> {
    match value {
        Some(x) if x.is_finite() => Arg::Fixed(x, digits),
        _ => Arg::from("-"),
    }
}

fn fit_plot(loc: &Localizer, path: &Path, plot: &FitPlot<'_>) -> DrawResult {
    let root = white_page(path, (560, 440))?;
    let title = loc.format(
        "plot-title-fit",
        &[("item", plot.id.to_string().into()), ("model", plot.model.into())],
    );
    let (caption, body) = root.titled(&title, ("sans-serif", 16))?.split_vertically(22);
    let statistics = loc.format(
        "plot-fit-statistics",
        &[
            ("chi", stat(Some(plot.fit.chi_square), 2)),
            ("df", plot.fit.df.into()),
            ("p", stat(plot.fit.p, 4)),
        ],
    );
    caption.draw(&Text::new(statistics, (12, 4), ("sans-serif", 12)))?;
    let x_of = |g: &ScoreGroup| (g.scores[0] + g.scores[1]) as f64 / 2.0;
    let lo = plot.groups.iter().map(|g| g.scores[0]).min().unwrap_or(0) as f64 - 0.5;
    let hi = plot.groups.iter().map(|g| g.scores[1]).max().unwrap_or(1) as f64 + 0.5;
    let top = plot.max_score.max(1) as f64;
    let y_desc = if plot.max_score == 1 {
        "plot-axis-proportion-right"
    } else {
        "plot-axis-mean-item-score"
    };
    let mut chart = plain_chart(
        &body,
        (lo..hi, Some(loc.text("plot-axis-summed-score"))),
        (0.0..top * 1.02, loc.text(y_desc)),
    )?;
    // The model's 95 % range of a group's observed mean, one vertical bar per group.
    for g in plot.groups {
        let x = x_of(g);
        let half = RANGE_Z * g.expected_se;
        chart.draw_series(LineSeries::new(
            [(x, (g.expected - half).max(0.0)), (x, (g.expected + half).min(top))],
            GREY.stroke_width(3),
        ))?;
    }
    chart
        .draw_series(std::iter::empty::<PathElement<(f64, f64)>>())?
        .label(loc.text("plot-legend-model-range"))
        .legend(line_key(GREY.stroke_width(3)));
    chart
        .draw_series(LineSeries::new(
            plot.groups.iter().map(|g| (x_of(g), g.expected)),
            PALETTE[0].stroke_width(2),
        ))?
        .label(loc.text("plot-legend-expected"))
        .legend(line_key(PALETTE[0].stroke_width(2)));
    chart
        .draw_series(
            plot.groups
                .iter()
                .map(|g| Circle::new((x_of(g), g.observed), 4, PALETTE[1].filled())),
        )?
        .label(loc.text("plot-legend-observed"))
        .legend(|(x, y)| Circle::new((x + 8, y), 4, PALETTE[1].filled()));
    draw_legend(&mut chart, SeriesLabelPosition::UpperLeft)?;
    root.present()?;
    Ok(())
}

fn ets_name(class: EtsClass) -> &'static str {
    match class {
        EtsClass::A => "A",
        EtsClass::B => "B",
        EtsClass::C => "C",
    }
}

fn dif_plot(loc: &Localizer, path: &Path, plot: &DifPlot<'_>) -> DrawResult {
    let root = white_page(path, (600, 460))?;
    let title = loc.format(
        "plot-title-dif",
        &[
            ("item", plot.id.to_string().into()),
            ("reference", plot.reference.to_string().into()),
            ("focal", plot.focal.to_string().into()),
        ],
    );
    let (caption, body) = root.titled(&title, ("sans-serif", 16))?.split_vertically(40);
    let mh = plot.dif.mantel_haenszel;
    let lr = plot.dif.logistic;
    let lines = [
        loc.format(
            "plot-dif-statistics-mh",
            &[
                ("delta", stat(mh.map(|m| m.delta), 2)),
                ("class", mh.map_or("-", |m| ets_name(m.class)).into()),
            ],
        ),
        loc.format(
            "plot-dif-statistics-lr",
            &[
                ("uniform", stat(Some(lr.uniform_p), 4)),
                ("nonuniform", stat(Some(lr.nonuniform_p), 4)),
                ("r2", stat(Some(lr.delta_r_squared), 3)),
            ],
        ) + &if plot.dif.flag {
            format!(" · {}", loc.text("plot-dif-flagged"))
        } else {
            String::new()
        },
    ];
    for (row, line) in lines.into_iter().enumerate() {
        caption.draw(&Text::new(line, (12, 2 + 17 * row as i32), ("sans-serif", 12)))?;
    }
    let curves = plot.curves;
    let [mut lo, mut hi] = curves.span;
    if !(lo.is_finite() && hi.is_finite()) {
        (lo, hi) = (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.03).max(0.25);
    let (lo, hi) = (lo - pad, hi + pad);
    let x_desc = match curves.matching {
        Matching::TotalScore => "plot-axis-matching-total",
        Matching::Theta => "plot-axis-matching-theta",
    };
    let mut chart = plain_chart(
        &body,
        (lo..hi, Some(loc.text(x_desc))),
        (0.0..1.02, loc.text("plot-axis-proportion-right")),
    )?;
    let xs: Vec<f64> = (0..CURVE_POINTS)
        .map(|i| lo + (hi - lo) * i as f64 / (CURVE_POINTS - 1) as f64)
        .collect();
    chart
        .draw_series(DashedLineSeries::new(
            xs.iter().map(|&x| (x, curves.common.probability(x))),
            6,
            4,
            GREY.stroke_width(2),
        ))?
        .label(loc.text("plot-legend-no-dif"))
        .legend(line_key(GREY.stroke_width(2)));
    let sides = [
        (&curves.reference, "plot-legend-reference", plot.reference, PALETTE[0]),
        (&curves.focal, "plot-legend-focal", plot.focal, PALETTE[1]),
    ];
    for (side, legend, group, color) in sides {
        chart
            .draw_series(LineSeries::new(
                xs.iter().map(|&x| (x, side.curve.probability(x))),
                color.stroke_width(2),
            ))?
            .label(loc.format(legend, &[("group", group.to_string().into())]))
            .legend(line_key(color.stroke_width(2)));
        chart.draw_series(
            side.points
                .iter()
                .map(|p| Circle::new((p.score, p.proportion), 3, color.mix(0.7).filled())),
        )?;
    }
    draw_legend(&mut chart, SeriesLabelPosition::LowerRight)?;
    root.present()?;
    Ok(())
}
