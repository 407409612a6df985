//! `nln plot --bank BANK --out DIR [--items ID,…]`: SVG pictures of a bank a researcher would
//! rather look at than read — the test information with its standard error and the level cuts,
//! and per item its category probability (characteristic) curves over its information curve;
//! with `--data`, a Wright map of the persons' abilities beside the items' locations.
//! The curves are the core's model functions on a grid; drawing is `plotters` (SVG backend).

use crate::failure::Failure;
use crate::files::content_from_args;
use clap::ArgMatches;
use nln_core::i18n::Localizer;
use nln_core::irt::IrtModel;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use std::path::{Path, PathBuf};

/// θ range drawn: the reference population's ±4 SD.
const RANGE: (f64, f64) = (-4.0, 4.0);
const POINTS: usize = 161;
pub(super) const PALETTE: [RGBColor; 6] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(230, 159, 0),
    RGBColor(86, 180, 233),
];

fn grid() -> Vec<f64> {
    (0..POINTS)
        .map(|i| RANGE.0 + (RANGE.1 - RANGE.0) * i as f64 / (POINTS - 1) as f64)
        .collect()
}

pub(super) fn draw_error(loc: &Localizer, path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure::input(loc.format(
        "error-write",
        &[
            ("path", path.display().to_string().into()),
            ("reason", e.to_string().into()),
        ],
    ))
}

/// A file name for an item id: letters, digits, `-` and `_` kept, anything else `_`.
pub(super) fn file_stem(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let content = content_from_args(loc, m)?;
    let out = m.get_one::<PathBuf>("out").expect("required");
    let bank: Vec<(String, IrtModel)> = content
        .bank
        .items()
        .iter()
        .filter_map(|i| i.irt.clone().map(|model| (i.id.clone(), model)))
        .collect();
    let chosen: Vec<&(String, IrtModel)> = match m.get_many::<String>("items") {
        None => bank.iter().collect(),
        Some(ids) => {
            let mut chosen = Vec::new();
            for id in ids {
                match bank.iter().find(|(b, _)| b == id) {
                    Some(item) => chosen.push(item),
                    None => {
                        return Err(Failure::input(loc.format(
                            "data-error-unknown-item",
                            &[("item", id.clone().into()), ("bank", content.bank.id.clone().into())],
                        )))
                    }
                }
            }
            chosen
        }
    };
    // Persons' EAP abilities for the Wright map, read (and checked) before anything is written.
    let persons = match m.get_one::<PathBuf>("data") {
        None => None,
        Some(_) => {
            let (_, table) = super::data::read_data(loc, m)?;
            let models = super::data::bank_models(loc, &content, &table)?;
            Some(super::data::eap_thetas(&models, &table))
        }
    };
    std::fs::create_dir_all(out).map_err(|e| draw_error(loc, out, e))?;
    let thetas = grid();
    let models: Vec<&IrtModel> = bank.iter().map(|(_, m)| m).collect();
    let info: Vec<f64> = thetas
        .iter()
        .map(|&t| nln_core::estimate::test_information(models.iter().copied(), t))
        .collect();
    let cuts: Vec<(String, f64)> = content
        .levels
        .levels
        .iter()
        .filter_map(|l| l.cut.map(|c| (l.code.clone(), c)))
        .filter(|(_, c)| (RANGE.0..=RANGE.1).contains(c))
        .collect();
    let title = loc.format(
        "plot-title-test",
        &[
            ("bank", content.bank.id.clone().into()),
            ("version", content.bank.version.clone().into()),
            ("items", bank.len().into()),
        ],
    );
    let path = out.join("test-information.svg");
    test_information(loc, &path, &title, &thetas, &info, &cuts).map_err(|e| draw_error(loc, &path, e))?;
    let mut written = 1;
    if let Some(persons) = persons {
        let title = loc.format(
            "plot-title-wright",
            &[
                ("bank", content.bank.id.clone().into()),
                ("version", content.bank.version.clone().into()),
            ],
        );
        let locations: Vec<f64> = models.iter().map(|m| m.location()).collect();
        let path = out.join("wright-map.svg");
        wright_map(loc, &path, &title, &persons, &locations, &cuts).map_err(|e| draw_error(loc, &path, e))?;
        written += 1;
    }
    for (id, model) in chosen {
        let path = out.join(format!("item-{}.svg", file_stem(id)));
        item_curves(loc, &path, id, model, &thetas).map_err(|e| draw_error(loc, &path, e))?;
        written += 1;
    }
    println!(
        "{}",
        loc.format(
            "plot-written",
            &[("count", written.into()), ("path", out.display().to_string().into())],
        )
    );
    Ok(())
}

pub(super) type DrawResult = Result<(), Box<dyn std::error::Error>>;
pub(super) type Area<'b> = DrawingArea<SVGBackend<'b>, plotters::coord::Shift>;
pub(super) type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The set-up every chart here shares: margins, label areas, plain axes (no grid) described
/// in the user's language.
pub(super) fn plain_chart<'a, 'b>(
    area: &'a Area<'b>,
    (x, x_desc): (std::ops::Range<f64>, Option<String>),
    (y, y_desc): (std::ops::Range<f64>, String),
) -> Result<Chart<'a, 'b>, Box<dyn std::error::Error>> {
    let mut chart = ChartBuilder::on(area)
        .margin(8)
        .x_label_area_size(36)
        .y_label_area_size(48)
        .build_cartesian_2d(x, y)?;
    mesh(&mut chart, x_desc, y_desc)?;
    Ok(chart)
}

/// A white page of `size` pixels drawn into the SVG file at `path`.
pub(super) fn white_page(path: &Path, size: (u32, u32)) -> Result<Area<'_>, Box<dyn std::error::Error>> {
    let root = SVGBackend::new(path, size).into_drawing_area();
    root.fill(&WHITE)?;
    Ok(root)
}

/// The legend box every chart here draws: the series' labels on translucent white, a grey
/// border, at `position`.
pub(super) fn draw_legend<'a, 'b: 'a>(chart: &mut Chart<'a, 'b>, position: SeriesLabelPosition) -> DrawResult {
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(RGBColor(180, 180, 180))
        .position(position)
        .draw()?;
    Ok(())
}

/// A legend's key for a line series: a short stroke in the series' style.
pub(super) fn line_key(style: ShapeStyle) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    move |(x, y)| PathElement::new([(x, y), (x + 16, y)], style)
}

/// Plain axes (no grid) with their descriptions.
fn mesh(chart: &mut Chart<'_, '_>, x_desc: Option<String>, y_desc: String) -> DrawResult {
    let mut mesh = chart.configure_mesh();
    if let Some(x_desc) = x_desc {
        mesh.x_desc(x_desc);
    }
    mesh.y_desc(y_desc).disable_x_mesh().disable_y_mesh().draw()?;
    Ok(())
}

fn test_information(
    loc: &Localizer,
    path: &Path,
    title: &str,
    thetas: &[f64],
    info: &[f64],
    cuts: &[(String, f64)],
) -> DrawResult {
    let root = white_page(path, (640, 400))?;
    let top = info.iter().copied().fold(0.0, f64::max).max(1.0) * 1.1;
    let se_top = 2.0;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 18))
        .margin(10)
        .x_label_area_size(36)
        .y_label_area_size(48)
        .right_y_label_area_size(48)
        .build_cartesian_2d(RANGE.0..RANGE.1, 0.0..top)?
        .set_secondary_coord(RANGE.0..RANGE.1, 0.0..se_top);
    mesh(
        &mut chart,
        Some(loc.text("plot-axis-theta")),
        loc.text("plot-axis-information"),
    )?;
    chart
        .configure_secondary_axes()
        .y_desc(loc.text("plot-axis-se"))
        .draw()?;
    for (code, cut) in cuts {
        chart.draw_series(LineSeries::new([(*cut, 0.0), (*cut, top)], RGBColor(200, 200, 200)))?;
        chart.draw_series(std::iter::once(Text::new(
            code.clone(),
            (*cut + 0.03, top * 0.97),
            ("sans-serif", 11).into_font().color(&RGBColor(110, 110, 110)),
        )))?;
    }
    chart
        .draw_series(LineSeries::new(
            thetas.iter().zip(info).map(|(&t, &i)| (t, i)),
            PALETTE[0].stroke_width(2),
        ))?
        .label(loc.text("plot-axis-information"))
        .legend(line_key(PALETTE[0].stroke_width(2)));
    chart
        .draw_secondary_series(LineSeries::new(
            thetas
                .iter()
                .zip(info)
                .filter(|(_, &i)| i > 0.0)
                .map(|(&t, &i)| (t, (1.0 / i.sqrt()).min(se_top))),
            PALETTE[1].stroke_width(2),
        ))?
        .label(loc.text("plot-axis-se"))
        .legend(line_key(PALETTE[1].stroke_width(2)));
    draw_legend(&mut chart, SeriesLabelPosition::UpperLeft)?;
    root.present()?;
    Ok(())
}

fn item_curves(loc: &Localizer, path: &Path, id: &str, model: &IrtModel, thetas: &[f64]) -> DrawResult {
    let root = white_page(path, (480, 480))?;
    let title = loc.format(
        "plot-title-item",
        &[("item", id.to_string().into()), ("model", model.name().into())],
    );
    let (upper, lower) = root.titled(&title, ("sans-serif", 16))?.split_vertically(290);
    let mut chart = plain_chart(
        &upper,
        (RANGE.0..RANGE.1, None),
        (0.0..1.0, loc.text("plot-axis-probability")),
    )?;
    for k in 0..model.categories() {
        let color = PALETTE[k % PALETTE.len()];
        chart
            .draw_series(LineSeries::new(
                thetas.iter().map(|&t| (t, model.probability(t, k))),
                color.stroke_width(2),
            ))?
            .label(loc.format("plot-legend-score", &[("score", k.into())]))
            .legend(line_key(color.stroke_width(2)));
    }
    draw_legend(&mut chart, SeriesLabelPosition::MiddleRight)?;
    let info: Vec<f64> = thetas.iter().map(|&t| model.information(t)).collect();
    let top = info.iter().copied().fold(0.0, f64::max).max(0.1) * 1.1;
    let mut chart = plain_chart(
        &lower,
        (RANGE.0..RANGE.1, Some(loc.text("plot-axis-theta"))),
        (0.0..top, loc.text("plot-axis-information")),
    )?;
    chart.draw_series(LineSeries::new(
        thetas.iter().zip(&info).map(|(&t, &i)| (t, i)),
        PALETTE[0].stroke_width(2),
    ))?;
    root.present()?;
    Ok(())
}

/// Width of a θ bin in the Wright map.
const BIN: f64 = 0.25;

/// Counts of `values` in bins of [`BIN`] from `lo` to `hi`, values outside in the end bins.
fn histogram(values: &[f64], (lo, hi): (f64, f64)) -> Vec<usize> {
    let bins = ((hi - lo) / BIN).round() as usize;
    let mut counts = vec![0; bins];
    for &v in values.iter().filter(|v| v.is_finite()) {
        let b = ((v - lo) / BIN).floor().clamp(0.0, (bins - 1) as f64) as usize;
        counts[b] += 1;
    }
    counts
}

/// The θ span of the map: [−4, 4] widened to whole logits holding every person and item, at
/// most [−8, 8].
fn wright_span(persons: &[f64], items: &[f64]) -> (f64, f64) {
    let all = persons.iter().chain(items).copied().filter(|v| v.is_finite());
    let (lo, hi) = all.fold(RANGE, |(lo, hi), v| (lo.min(v), hi.max(v)));
    (lo.floor().max(-8.0), hi.ceil().min(8.0))
}

/// Persons' abilities (a histogram on the left) and items' locations (on the right) on one θ
/// axis, level cuts across both: where the bank measures against where the persons are.
pub(super) fn wright_map(
    loc: &Localizer,
    path: &Path,
    title: &str,
    persons: &[f64],
    items: &[f64],
    cuts: &[(String, f64)],
) -> DrawResult {
    let root = white_page(path, (640, 520))?;
    let (left, right) = root.titled(title, ("sans-serif", 18))?.split_horizontally(320);
    let span = wright_span(persons, items);
    let panels = [
        (&left, persons, loc.text("plot-axis-persons"), PALETTE[0]),
        (&right, items, loc.text("plot-axis-items"), PALETTE[1]),
    ];
    for (side, (area, values, desc, color)) in panels.into_iter().enumerate() {
        let counts = histogram(values, span);
        let top = counts.iter().copied().max().unwrap_or(0).max(1) as f64 * 1.1;
        let mut chart = plain_chart(
            area,
            (0.0..top, Some(desc)),
            (span.0..span.1, loc.text("plot-axis-theta")),
        )?;
        chart.draw_series(counts.iter().enumerate().filter(|(_, &n)| n > 0).map(|(b, &n)| {
            let y = span.0 + b as f64 * BIN;
            Rectangle::new([(0.0, y), (n as f64, y + BIN)], color.mix(0.8).filled())
        }))?;
        for (code, cut) in cuts.iter().filter(|(_, c)| (span.0..=span.1).contains(c)) {
            chart.draw_series(LineSeries::new([(0.0, *cut), (top, *cut)], RGBColor(150, 150, 150)))?;
            if side == 1 {
                chart.draw_series(std::iter::once(Text::new(
                    code.clone(),
                    (top * 0.92, *cut + 0.05),
                    ("sans-serif", 11).into_font().color(&RGBColor(90, 90, 90)),
                )))?;
            }
        }
    }
    root.present()?;
    Ok(())
}
