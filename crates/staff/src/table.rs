//! What the staff screens' tables share.

use yew::prelude::*;

/// A table's head: one header per column, and a last column (of buttons or bars) named only
/// for screen readers.
pub fn head<const N: usize>(columns: [String; N], unlabelled: Option<String>) -> Html {
    html! {
        <thead><tr>
            { for columns.into_iter().map(|name| html! { <th scope="col">{ name }</th> }) }
            if let Some(name) = unlabelled {
                <th scope="col"><span class="visually-hidden">{ name }</span></th>
            }
        </tr></thead>
    }
}
