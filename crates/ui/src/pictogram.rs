//! The pictograms beside choices (education levels, driving licences, occupations): symbols of
//! `/pictograms.svg`, chosen by the choice's message id. The resident's wizard and the language
//! reviewers' screen show the same one.

use yew::prelude::*;

/// The symbol of message `id`, if it has a pictogram.
pub fn symbol(id: &str) -> Option<String> {
    if let Some(level) = id.strip_prefix("isced-level-") {
        Some(format!("p-isced-{level}"))
    } else if id.starts_with("licence-") {
        Some(format!("p-{id}"))
    } else {
        id.strip_prefix("occupation-")
            .and_then(evne_model::taxonomy::occupation)
            .map(|o| format!("p-{}", o.pictogram))
    }
}

/// The pictogram of message `id`, or nothing.
pub fn view(id: &str) -> Html {
    match symbol(id) {
        Some(symbol) => html! {
            <svg class="pictogram" viewBox="0 0 48 48" aria-hidden="true" data-pictogram={symbol.clone()}>
                <use href={format!("/pictograms.svg#{symbol}")} />
            </svg>
        },
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_with_a_pictogram_name_a_symbol_of_the_file() {
        let file = include_str!("../../../static/pictograms.svg");
        let ids = ["isced-level-3", "licence-b", "occupation-farm-worker"];
        for id in ids {
            let symbol = symbol(id).unwrap_or_else(|| panic!("{id}: no pictogram"));
            assert!(file.contains(&format!("id=\"{symbol}\"")), "{id}: {symbol}");
        }
        assert_eq!(symbol("consent-yes"), None);
    }
}
