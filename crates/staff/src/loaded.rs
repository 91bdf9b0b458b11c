//! The one way a staff screen loads what it shows.

use super::api::ApiError;
use std::future::Future;
use yew::prelude::*;

/// What `fetch(deps)` answered, loaded again whenever `deps` change: `None` until the first
/// answer. A failure goes to `on_error` (which asks for the login again when the session has
/// lapsed) and leaves the last answer shown.
#[hook]
pub fn use_loaded<T, D, F, Fut>(
    deps: D,
    on_error: Callback<ApiError>,
    fetch: F,
) -> UseStateHandle<Option<T>>
where
    T: 'static,
    D: PartialEq + Clone + 'static,
    F: FnOnce(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let value = use_state(|| None);
    {
        let value = value.clone();
        use_effect_with(deps, move |deps| {
            let answer = fetch(deps.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match answer.await {
                    Ok(v) => value.set(Some(v)),
                    Err(e) => on_error.emit(e),
                }
            });
        });
    }
    value
}
