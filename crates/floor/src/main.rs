//! The floor of `cargo xtask bench`'s download size: a hello world that uses what Evne's first
//! screen cannot do without (Yew, an IndexedDB store through rexie, a Fluent message), built
//! with the same release profile and wasm-opt level. Nothing else.

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::langid;
use yew::prelude::*;

fn greeting() -> String {
    let Ok(resource) = FluentResource::try_new("hello = Hello".to_owned()) else {
        return String::new();
    };
    let mut bundle = FluentBundle::new(vec![langid!("en")]);
    if bundle.add_resource(resource).is_err() {
        return String::new();
    }
    let Some(pattern) = bundle.get_message("hello").and_then(|m| m.value()) else {
        return String::new();
    };
    let mut errors = vec![];
    bundle
        .format_pattern(pattern, None, &mut errors)
        .into_owned()
}

#[component]
fn App() -> Html {
    let stored = use_state(|| false);
    {
        let stored = stored.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let db = rexie::Rexie::builder("floor")
                    .version(1)
                    .add_object_store(rexie::ObjectStore::new("kv"))
                    .build()
                    .await;
                if let Ok(db) = db {
                    if let Ok(tx) = db.transaction(&["kv"], rexie::TransactionMode::ReadWrite) {
                        if let Ok(store) = tx.store("kv") {
                            let put = store.put(&"value".into(), Some(&"key".into())).await;
                            stored.set(put.is_ok() && tx.done().await.is_ok());
                        }
                    }
                }
            });
        });
    }
    html! { <main data-stored={stored.to_string()}>{ greeting() }</main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
