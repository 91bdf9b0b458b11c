//! Review: the whole profile, section by section, each with a button back to its step, and
//! the problems still to fix, in the person's language.

use super::inputs::Ctx;
use evne_model::profile::Step;
use evne_model::Draft;
use evne_ui::profile_view::sections;
use yew::prelude::*;

pub fn view(cx: &Ctx, d: &Draft) -> Html {
    let sections = sections(&cx.t, &d.profile);
    html! {
        <>
            if !cx.errors.is_empty() {
                <div class="review-errors" role="alert">
                    <p class="form-error">{ cx.t("review-fix") }</p>
                    <ul>
                        { for cx.errors.iter().map(|e| {
                            let step = Step::of_path(&e.path);
                            html! {
                                <li>
                                    <button type="button" class="link" onclick={go(cx, step)}>
                                        { format!("{}: {}", cx.t(step.title_id()), cx.t(e.message_id())) }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            { for sections.into_iter().map(|(step, lines)| {
                html! {
                    <section class="card review-section" data-review={step.section()}>
                        <div class="page-head">
                            <h2>{ cx.t(step.title_id()) }</h2>
                            <button type="button" class="secondary" data-action="edit" onclick={go(cx, step)}>
                                { cx.t("edit") }
                            </button>
                        </div>
                        if lines.is_empty() {
                            <p class="hint">{ cx.t("review-empty") }</p>
                        } else {
                            <ul class="review-lines">
                                { for lines.into_iter().map(|l| html! { <li><bdi>{ l }</bdi></li> }) }
                            </ul>
                        }
                    </section>
                }
            }) }
        </>
    }
}

fn go(cx: &Ctx, step: Step) -> Callback<MouseEvent> {
    let draft = cx.draft.clone();
    Callback::from(move |_| draft.go_to(step))
}
