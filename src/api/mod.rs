//! Talking to the server, same origin, under `/api`.

use evne_model::envelope::{PublicKeyRecord, SealedSubmission};
use evne_model::submission::ErrorBody;
use evne_model::Receipt;
use gloo::net::http::Request;
use web_sys::RequestRedirect;

/// The server's answer to one submission, as far as the sync plan needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub status: u16,
    /// The `error` code of a refusal in our JSON shape (`"conflict"`, `"undecryptable"`, ...).
    pub error: Option<String>,
}

/// Sends one sealed submission from `device`. `None` means no answer came (offline,
/// connection reset). A 2xx counts only when it carries our receipt for this very id and did
/// not come through a redirect: a captive portal or a proxy's page answering 200 must not make
/// the tablet forget a submission the server never stored.
pub async fn send_submission(sealed: &SealedSubmission, device: &str) -> Option<Answer> {
    let request = Request::post("/api/submissions")
        .header("x-evne-device", device)
        .redirect(RequestRedirect::Error)
        .json(sealed)
        .ok()?;
    let response = request.send().await.ok()?;
    let status = response.status();
    if response.ok() {
        let acked = response
            .json::<Receipt>()
            .await
            .is_ok_and(|r| r.id == sealed.id);
        return Some(if acked {
            Answer {
                status,
                error: None,
            }
        } else {
            // Not our acknowledgement: retry later (502 stands for "something in between").
            Answer {
                status: 502,
                error: Some("not_a_receipt".into()),
            }
        });
    }
    let error = response.json::<ErrorBody>().await.ok().map(|b| b.error);
    Some(Answer { status, error })
}

/// The key new submissions are sealed to, or `None` when the server cannot be reached.
pub async fn submission_key() -> Option<PublicKeyRecord> {
    let response = Request::get("/api/submission-key").send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.json().await.ok()
}
