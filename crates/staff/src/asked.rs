//! The languages residents asked for that the app does not have (`GET /api/v1/asked-languages`,
//! the last 30 days): reception staff see their centre's, where an interpreter is needed;
//! officers and admins see the country's, with at how many centres.

use super::api::{self, ApiError};
use super::loaded::use_loaded;
use super::table;
use evne_ui::i18n::use_translator;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Everyone's, with the number of centres (officers, admins); else the caller's centre.
    #[prop_or_default]
    pub national: bool,
    pub on_error: Callback<ApiError>,
}

#[component]
pub fn AskedLanguages(props: &Props) -> Html {
    let t = use_translator();
    let asked = use_loaded((), props.on_error.clone(), |_| api::asked_languages());
    let Some(asked) = &*asked else {
        return html! {};
    };
    let national = props.national;
    html! {
        <section class="card asked-languages">
            <h2>{ t.t("staff-asked") }</h2>
            <p class="hint">{ t.t(if national { "staff-asked-explain-national" } else { "staff-asked-explain" }) }</p>
            if asked.is_empty() {
                <p>{ t.t("staff-asked-none") }</p>
            } else {
                <table>
                    if national {
                        { table::head([t.t("staff-asked-language"), t.t("staff-asked-count"), t.t("staff-asked-centres")], None) }
                    } else {
                        { table::head([t.t("staff-asked-language"), t.t("staff-asked-count")], None) }
                    }
                    <tbody>
                        { for asked.iter().map(|a| html! {
                            <tr data-asked={a.language.clone()}>
                                <td>{ t.t(&format!("lang-{}", a.language)) }</td>
                                <td>{ a.count }</td>
                                if national { <td>{ a.centres }</td> }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
