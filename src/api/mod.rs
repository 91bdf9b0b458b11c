//! Talking to the server, same origin, under `/api`.

use evne_model::envelope::{PublicKeyRecord, SealedSubmission};
use evne_model::submission::ErrorBody;
use gloo::net::http::Request;

/// The server's answer to one submission.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub status: u16,
    /// The error code of a refusal (`"conflict"`, `"undecryptable"`, ...).
    pub error: Option<String>,
}

/// Sends one sealed submission from `device`. `None` means no answer came (offline,
/// connection reset), which the sync plan treats as "retry".
pub async fn send_submission(sealed: &SealedSubmission, device: &str) -> Option<Answer> {
    let request = Request::post("/api/submissions")
        .header("x-evne-device", device)
        .json(sealed)
        .ok()?;
    let response = request.send().await.ok()?;
    let status = response.status();
    let error = if response.ok() {
        None
    } else {
        response.json::<ErrorBody>().await.ok().map(|b| b.error)
    };
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
