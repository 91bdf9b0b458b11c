//! The errors of one field, in the person's language.

use crate::i18n::use_translator;
use evne_model::profile::Field;
use evne_model::FieldError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub field: Field,
    pub errors: Vec<FieldError>,
}

#[component]
pub fn FieldErrors(props: &Props) -> Html {
    let t = use_translator();
    html! {
        for e in props.errors.iter().filter(|e| e.field() == props.field) {
            <span class="field-error" role="alert">{ t.t(e.message_id()) }</span>
        }
    }
}
