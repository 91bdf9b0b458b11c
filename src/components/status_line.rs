//! Where the person's registration is: saved here, waiting to be sent, or sent.

use crate::i18n::use_translator;
use crate::sync::SyncReport;
use evne_model::retention::DraftAge;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub outbox: SyncReport,
    pub has_draft: bool,
    pub draft_age: DraftAge,
}

#[component]
pub fn StatusLine(props: &Props) -> Html {
    let t = use_translator();
    let o = props.outbox;
    let mut lines: Vec<(&str, String)> = vec![];
    if props.has_draft {
        lines.push(("draft", t.t("status-draft")));
    }
    if o.waiting > 0 {
        lines.push(("queued", t.t_count("status-queued", o.waiting)));
        if o.not_enrolled {
            lines.push(("not-enrolled", t.t("status-not-enrolled")));
        }
        if o.offline {
            lines.push(("offline", t.t("status-offline")));
        }
    } else if o.sent > 0 {
        lines.push(("sent", t.t("status-sent")));
    }
    if let DraftAge::ExpiresSoon { remaining_ms } = props.draft_age {
        let minutes = remaining_ms.div_ceil(60_000);
        lines.push((
            "expires",
            t.t_args("tablet-draft-expires", &[("minutes", minutes.into())]),
        ));
    }
    if o.rejected > 0 {
        lines.push(("rejected", t.t("status-rejected")));
    }
    html! {
        <footer class="status" aria-live="polite">
            { for lines.into_iter().map(|(kind, text)| html! {
                <p class={classes!("status-line", kind)} data-status={kind}>{ text }</p>
            }) }
        </footer>
    }
}
