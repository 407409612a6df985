//! `nln plot --bank BANK --out DIR [--items ID,…]`: SVG pictures of a bank a researcher would
//! rather look at than read — the test information with its standard error and the level cuts,
//! and per item its category probability (characteristic) curves over its information curve.
//! The curves are the core's model functions on a grid; drawing is `plotters` (SVG backend).

use crate::failure::Failure;
use crate::files::content_from_args;
use clap::ArgMatches;
use nln_core::i18n::Localizer;
use nln_core::irt::IrtModel;
use plotters::prelude::*;
use std::path::{Path, PathBuf};

/// θ range drawn: the reference population's ±4 SD.
const RANGE: (f64, f64) = (-4.0, 4.0);
const POINTS: usize = 161;
const PALETTE: [RGBColor; 6] = [
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

fn draw_error(loc: &Localizer, path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure::input(loc.format(
        "error-write",
        &[
            ("path", path.display().to_string().into()),
            ("reason", e.to_string().into()),
        ],
    ))
}

/// A file name for an item id: letters, digits, `-` and `_` kept, anything else `_`.
fn file_stem(id: &str) -> String {
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

type DrawResult = Result<(), Box<dyn std::error::Error>>;

fn test_information(
    loc: &Localizer,
    path: &Path,
    title: &str,
    thetas: &[f64],
    info: &[f64],
    cuts: &[(String, f64)],
) -> DrawResult {
    let root = SVGBackend::new(path, (640, 400)).into_drawing_area();
    root.fill(&WHITE)?;
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
    chart
        .configure_mesh()
        .x_desc(loc.text("plot-axis-theta"))
        .y_desc(loc.text("plot-axis-information"))
        .disable_x_mesh()
        .disable_y_mesh()
        .draw()?;
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
        .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], PALETTE[0].stroke_width(2)));
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
        .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], PALETTE[1].stroke_width(2)));
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(RGBColor(180, 180, 180))
        .position(SeriesLabelPosition::UpperLeft)
        .draw()?;
    root.present()?;
    Ok(())
}

fn item_curves(loc: &Localizer, path: &Path, id: &str, model: &IrtModel, thetas: &[f64]) -> DrawResult {
    let root = SVGBackend::new(path, (480, 480)).into_drawing_area();
    root.fill(&WHITE)?;
    let title = loc.format(
        "plot-title-item",
        &[("item", id.to_string().into()), ("model", model.name().into())],
    );
    let (upper, lower) = root.titled(&title, ("sans-serif", 16))?.split_vertically(290);
    let mut chart = ChartBuilder::on(&upper)
        .margin(8)
        .x_label_area_size(28)
        .y_label_area_size(44)
        .build_cartesian_2d(RANGE.0..RANGE.1, 0.0..1.0)?;
    chart
        .configure_mesh()
        .y_desc(loc.text("plot-axis-probability"))
        .disable_x_mesh()
        .disable_y_mesh()
        .draw()?;
    for k in 0..model.categories() {
        let color = PALETTE[k % PALETTE.len()];
        chart
            .draw_series(LineSeries::new(
                thetas.iter().map(|&t| (t, model.probability(t, k))),
                color.stroke_width(2),
            ))?
            .label(loc.format("plot-legend-score", &[("score", k.into())]))
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], color.stroke_width(2)));
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(RGBColor(180, 180, 180))
        .position(SeriesLabelPosition::MiddleRight)
        .draw()?;
    let info: Vec<f64> = thetas.iter().map(|&t| model.information(t)).collect();
    let top = info.iter().copied().fold(0.0, f64::max).max(0.1) * 1.1;
    let mut chart = ChartBuilder::on(&lower)
        .margin(8)
        .x_label_area_size(36)
        .y_label_area_size(44)
        .build_cartesian_2d(RANGE.0..RANGE.1, 0.0..top)?;
    chart
        .configure_mesh()
        .x_desc(loc.text("plot-axis-theta"))
        .y_desc(loc.text("plot-axis-information"))
        .disable_x_mesh()
        .disable_y_mesh()
        .draw()?;
    chart.draw_series(LineSeries::new(
        thetas.iter().zip(&info).map(|(&t, &i)| (t, i)),
        PALETTE[0].stroke_width(2),
    ))?;
    root.present()?;
    Ok(())
}
