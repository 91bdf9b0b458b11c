//! How far each locale's words have come, for admins (`GET /api/v1/language-coverage`): the
//! same figures as `cargo xtask i18n` and the review screen, with this server's reviews and
//! recordings.

use super::api::{self, ApiError};
use super::loaded::use_loaded;
use super::table;
use evne_model::review::LocaleCoverage;
use evne_ui::i18n::{use_translator, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_error: Callback<ApiError>,
}

/// `part` of `whole`, in whole per cent, with the count.
fn share(part: u32, whole: u32) -> String {
    format!(
        "{part} ({} %)",
        (100 * part).checked_div(whole).unwrap_or(0)
    )
}

#[component]
pub fn LanguageCoverage(props: &Props) -> Html {
    let t = use_translator();
    let coverage = use_loaded((), props.on_error.clone(), |_| api::language_coverage());
    let Some(all) = &*coverage else {
        return html! {};
    };
    let row = |c: &LocaleCoverage| {
        let name = Locale::parse(&c.locale).map_or(c.locale.clone(), |l| l.endonym().to_owned());
        html! {
            <tr data-locale={c.locale.clone()}>
                <td lang={c.locale.clone()}>{ name }</td>
                <td>{ c.messages }</td>
                <td>{ share(c.reviewed, c.messages) }</td>
                <td>{ share(c.approved, c.messages) }</td>
                <td>{ c.stale }</td>
                <td>{ share(c.recorded, c.messages) }</td>
            </tr>
        }
    };
    html! {
        <section class="card language-coverage">
            <h2>{ t.t("staff-coverage") }</h2>
            <p class="hint">{ t.t("staff-coverage-explain") }</p>
            <table>
                { table::head([
                    t.t("staff-review-locale"), t.t("staff-coverage-messages"),
                    t.t("staff-review-state-reviewed"), t.t("staff-review-state-approved"),
                    t.t("staff-review-state-stale"), t.t("staff-coverage-recorded"),
                ], None) }
                <tbody>{ for all.iter().map(row) }</tbody>
            </table>
        </section>
    }
}
