//! The national picture (`GET /api/v1/coverage`): registered residents as a share of the
//! residents, nationally, per region and per centre, as a table with a CSV download of the same
//! rows, and the country's share week by week over the last year as an SVG line with the 100 %
//! target. Counts under 5 are shown as "<5", as in the statistics.

use super::api::{self, ApiError};
use super::loaded::use_loaded;
use super::table;
use evne_model::coverage::{Share, Week};
use evne_ui::i18n::{use_translator, Translator};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_error: Callback<ApiError>,
}

/// A count as shown: "<5" when suppressed, "–" when unknown.
fn count(n: Option<i64>, suppressed: bool) -> String {
    match (n, suppressed) {
        (_, true) => "<5".into(),
        (Some(n), _) => n.to_string(),
        (None, _) => "–".into(),
    }
}

/// The share in whole percent, when both counts are known and there are residents.
fn percent(registered: Option<i64>, residents: Option<i64>) -> Option<i64> {
    match (registered, residents) {
        (Some(r), Some(n)) if n > 0 => Some((r * 100 + n / 2) / n),
        _ => None,
    }
}

/// `(kind, name, registered, residents, share)` of a row, as the table and the CSV show it.
fn row(t: &Translator, kind: &str, s: &Share) -> [String; 5] {
    let name = match kind {
        "national" => t.t("staff-national-country"),
        "region" if s.key == "none" => t.t("staff-national-no-region"),
        "region" => t.t(&format!("region-{}", s.key)),
        _ => s.name.clone(),
    };
    let share = percent(s.registered, s.residents).map_or_else(|| "–".into(), |p| format!("{p} %"));
    [
        t.t(&format!("staff-national-{kind}")),
        name,
        count(s.registered, s.suppressed),
        count(s.residents, false),
        share,
    ]
}

/// The country's weekly share as a polyline in a 100 × 50 box (0 % at the bottom, 120 % at the
/// top), with the 100 % target.
fn chart(t: &Translator, weeks: &[Week]) -> Html {
    let y = |p: f64| 50.0 - (p.min(120.0) / 120.0) * 50.0;
    let step = 100.0 / (weeks.len().max(2) - 1) as f64;
    let points: Vec<String> = weeks
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let p = percent(w.registered, w.residents)?;
            Some(format!("{:.1},{:.1}", i as f64 * step, y(p as f64)))
        })
        .collect();
    let first = weeks.first().map(|w| w.end.clone()).unwrap_or_default();
    let last = weeks.last().map(|w| w.end.clone()).unwrap_or_default();
    html! {
        <figure class="coverage-chart">
            <svg viewBox="0 0 100 50" preserveAspectRatio="none" role="img" aria-label={t.t("staff-national-chart")}>
                <line class="target" x1="0" x2="100" y1={format!("{:.1}", y(100.0))} y2={format!("{:.1}", y(100.0))} />
                <polyline class="share" points={points.join(" ")} data-points={points.len().to_string()} />
            </svg>
            <figcaption class="hint">{ t.t_args("staff-national-chart-caption", &[("first", first.into()), ("last", last.into())]) }</figcaption>
        </figure>
    }
}

#[component]
pub fn NationalPicture(props: &Props) -> Html {
    let t = use_translator();
    let coverage = use_loaded((), props.on_error.clone(), |_| api::registration_coverage());
    let Some(c) = &*coverage else {
        return html! {};
    };
    let mut rows = vec![(String::from("national"), row(&t, "national", &c.national))];
    rows.extend(
        c.regions
            .iter()
            .map(|s| (s.key.clone(), row(&t, "region", s))),
    );
    rows.extend(
        c.centres
            .iter()
            .map(|s| (s.key.clone(), row(&t, "centre", s))),
    );
    let head = [
        t.t("staff-national-kind"),
        t.t("staff-national-name"),
        t.t("staff-national-registered"),
        t.t("staff-national-residents"),
        t.t("staff-national-share"),
    ];
    let mut csv = head
        .iter()
        .map(|h| format!("\"{h}\""))
        .collect::<Vec<_>>()
        .join(",")
        + "\r\n";
    for (_, cells) in &rows {
        let line: Vec<String> = cells
            .iter()
            .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
            .collect();
        csv.push_str(&(line.join(",") + "\r\n"));
    }
    let href = format!(
        "data:text/csv;charset=utf-8,{}",
        js_sys::encode_uri_component(&csv)
    );
    html! {
        <section class="card national">
            <h2>{ t.t("staff-national") }</h2>
            <p class="hint">{ t.t_args("staff-national-explain", &[("date", c.as_of.clone().into())]) }</p>
            <table class="coverage">
                { table::head(head, None) }
                <tbody>
                    { for rows.iter().map(|(key, cells)| html! {
                        <tr data-coverage={key.clone()}>
                            { for cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <a class="button secondary" href={href} download="evne-coverage.csv" data-action="coverage-csv">{ t.t("staff-national-csv") }</a>
            { chart(&t, &c.weeks) }
        </section>
    }
}
