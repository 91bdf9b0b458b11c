//! Talking to the server, same origin, under `/api`.

use evne_model::envelope::{PublicKeyRecord, SealedSubmission};
use gloo::net::http::Request;

/// Sends one sealed submission. `Some(status)` is the server's answer; `None` means no answer
/// came (offline, connection reset), which the sync plan treats as "retry".
pub async fn send_submission(sealed: &SealedSubmission) -> Option<u16> {
    let request = Request::post("/api/submissions").json(sealed).ok()?;
    request.send().await.ok().map(|response| response.status())
}

/// The key new submissions are sealed to, or `None` when the server cannot be reached.
pub async fn submission_key() -> Option<PublicKeyRecord> {
    let response = Request::get("/api/submission-key").send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.json().await.ok()
}
