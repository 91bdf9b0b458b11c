//! Recording one message on the review screen: record with the microphone (at most 60 s),
//! hear it back with its silence cut and its loudness levelled, record again or keep it. The
//! recording kept is played to its reviewers beside the row, marked when its source changed.

use super::api::{self, Refused};
use super::audio::{self, Capture};
use evne_model::review::RowRecording;
use evne_ui::i18n::use_translator;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Blob;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub locale: AttrValue,
    pub message: AttrValue,
    /// The recording kept, if any.
    pub recording: Option<RowRecording>,
    /// A recording was kept: the row changed.
    pub on_saved: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Recording,
    Working,
    /// Recorded and levelled: the audio, its object URL to hear, its length.
    Ready(Blob, String, u32),
}

/// What one take needs: it records until "stop", or for [`MAX_MS`] at most.
#[derive(Clone)]
struct Take {
    stage: UseStateHandle<Stage>,
    problem: UseStateHandle<Option<(&'static str, String)>>,
    capture: Rc<RefCell<Option<Capture>>>,
    /// Which take a timer belongs to.
    takes: Rc<RefCell<u32>>,
    stop: Callback<()>,
}

impl Take {
    async fn run(self) {
        match Capture::microphone().await {
            Ok(started) => {
                *self.capture.borrow_mut() = Some(started);
                *self.takes.borrow_mut() += 1;
                let take = *self.takes.borrow();
                self.stage.set(Stage::Recording);
                sleep(MAX_MS).await;
                if *self.takes.borrow() == take {
                    self.stop.emit(());
                }
            }
            Err(p) => {
                self.problem.set(Some((p.message_id(), String::new())));
                self.stage.set(Stage::Idle);
            }
        }
    }
}

/// The longest recording: it stops by itself then.
const MAX_MS: i32 = 60_000;

async fn sleep(ms: i32) {
    let slept = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(slept).await;
}

#[component]
pub fn Recorder(props: &Props) -> Html {
    let t = use_translator();
    let stage = use_state(|| Stage::Idle);
    let problem = use_state(|| None::<(&'static str, String)>);
    let capture: Rc<RefCell<Option<Capture>>> = use_mut_ref(|| None);
    let takes = use_mut_ref(|| 0u32);

    let stop = {
        let (stage, problem, capture) = (stage.clone(), problem.clone(), capture.clone());
        Callback::from(move |_: ()| {
            let Some(taken) = capture.borrow_mut().take() else {
                return;
            };
            stage.set(Stage::Working);
            let (stage, problem) = (stage.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let levelled = match taken.stop().await {
                    Ok(recorded) => audio::level(&recorded).await,
                    Err(p) => Err(p),
                };
                match levelled {
                    Ok((levelled, ms)) => {
                        let url = web_sys::Url::create_object_url_with_blob(&levelled)
                            .unwrap_or_default();
                        stage.set(Stage::Ready(levelled, url, ms));
                    }
                    Err(p) => {
                        problem.set(Some((p.message_id(), String::new())));
                        stage.set(Stage::Idle);
                    }
                }
            });
        })
    };
    let record = {
        let take = Take {
            stage: stage.clone(),
            problem: problem.clone(),
            capture: capture.clone(),
            takes: takes.clone(),
            stop: stop.clone(),
        };
        Callback::from(move |_: MouseEvent| {
            if let Stage::Ready(_, url, _) = &*take.stage {
                let _ = web_sys::Url::revoke_object_url(url);
            }
            take.problem.set(None);
            wasm_bindgen_futures::spawn_local(take.clone().run());
        })
    };
    let keep = {
        let (stage, problem, on_saved) = (stage.clone(), problem.clone(), props.on_saved.clone());
        let (locale, message) = (props.locale.clone(), props.message.clone());
        Callback::from(move |_: MouseEvent| {
            let Stage::Ready(blob, url, _) = (*stage).clone() else {
                return;
            };
            stage.set(Stage::Working);
            let (stage, problem, on_saved) = (stage.clone(), problem.clone(), on_saved.clone());
            let (locale, message) = (locale.clone(), message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::record_message(&locale, &message, &blob).await {
                    Ok(_) => {
                        let _ = web_sys::Url::revoke_object_url(&url);
                        stage.set(Stage::Idle);
                        on_saved.emit(());
                    }
                    Err(refused) => {
                        problem.set(Some(match refused {
                            Refused::Audio(id, detail) => (id, detail),
                            Refused::Other(e) => (e.message_id(), String::new()),
                            _ => ("staff-record-invalid", String::new()),
                        }));
                        stage.set(Stage::Ready(blob, url, 0));
                    }
                }
            });
        })
    };

    let saved = props.recording.as_ref().map(|r| {
        // One the release carries is served by the app; one recorded here, by the API.
        let src = r.url.clone().unwrap_or_else(|| {
            format!(
                "/api/v1/review/{}/{}/recording?ms={}",
                props.locale, props.message, r.duration_ms
            )
        });
        let seconds = format!("{:.1}", r.duration_ms as f64 / 1000.0);
        html! {
            <div class="recording-saved" data-stale={r.stale.to_string()}>
                <p class="hint">{ t.t_args("staff-record-saved", &[("seconds", seconds.into())]) }</p>
                if r.stale { <p class="review-state staff-review-state-stale">{ t.t("staff-record-stale") }</p> }
                <audio controls=true preload="none" src={src} />
            </div>
        }
    });
    html! {
        <div class="recorder" data-stage={match &*stage {
            Stage::Idle => "idle", Stage::Recording => "recording", Stage::Working => "working", Stage::Ready(..) => "ready",
        }}>
            <p class="label">{ t.t("staff-record") }</p>
            { saved.unwrap_or_else(|| html! { <p class="hint">{ t.t("staff-record-none") }</p> }) }
            {
                match &*stage {
                    Stage::Idle => html! {
                        <button class="secondary" data-action="record" onclick={record}>{ t.t("staff-record-start") }</button>
                    },
                    Stage::Recording => html! {
                        <>
                            <p class="hint" role="status">{ t.t("staff-record-recording") }</p>
                            <button data-action="stop" onclick={stop.reform(|_| ())}>{ t.t("staff-record-stop") }</button>
                        </>
                    },
                    Stage::Working => html! { <p class="hint" role="status">{ t.t("staff-record-working") }</p> },
                    Stage::Ready(_, url, _) => html! {
                        <>
                            <audio class="recording-new" controls=true src={url.clone()} />
                            <div class="review-buttons">
                                <button data-action="keep-recording" onclick={keep}>{ t.t("staff-record-keep") }</button>
                                <button class="secondary" data-action="record-again" onclick={record}>{ t.t("staff-record-again") }</button>
                            </div>
                        </>
                    },
                }
            }
            if let Some((id, detail)) = &*problem {
                <p class="form-error" role="alert">
                    { t.t(id) }
                    if !detail.is_empty() { <br /><code>{ detail.clone() }</code> }
                </p>
            }
        </div>
    }
}
