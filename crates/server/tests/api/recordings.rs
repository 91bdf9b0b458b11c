//! Recordings: a reviewer keeps a recording of a message, checked by its bytes; it reaches the
//! language pack until the Norwegian source changes; bad audio gets a clear 4xx and changes
//! nothing.

use crate::helpers::{wav, TestApp};
use crate::review::{pack, row, setup};
use axum::http::StatusCode;
use serde_json::Value;

const URI: &str = "/api/v1/review/ti/consent-yes/recording";

async fn upload(
    app: &TestApp,
    cookie: &str,
    uri: &str,
    body: (&str, Vec<u8>),
) -> (StatusCode, Value) {
    let a = app.request_bytes("PUT", uri, Some(cookie), body).await;
    (a.status, a.body)
}

async fn recordings(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM recordings").await
}

#[tokio::test]
async fn a_recording_is_kept_heard_and_published_with_its_author_audited() {
    let (app, tsega, _) = setup().await;
    let (status, body) = upload(&app, &tsega, URI, ("audio/wav", wav(1200))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["recording"]["media_type"], "audio/wav");
    assert_eq!(body["recording"]["duration_ms"], 1200);
    assert_eq!(body["recording"]["stale"], false);

    let heard = app.request("GET", URI, Some(&tsega), None).await;
    assert_eq!(heard.status, StatusCode::OK);
    assert_eq!(heard.body, format!("{} bytes", wav(1200).len()));

    let published = pack(&app).await;
    let hash = published["recordings"]["consent-yes"]["hash"]
        .as_str()
        .expect("a recording in the pack")
        .to_owned();
    let public = format!("/api/v1/language-packs/ti/recordings/consent-yes?v={hash}");
    let tablet = app.request("GET", &public, None, None).await;
    assert_eq!(tablet.status, StatusCode::OK);

    let list = app
        .request("GET", "/api/v1/review/ti", Some(&tsega), None)
        .await;
    assert_eq!(row(&list.body, "consent-yes")["recording"]["stale"], false);
    let total = list.body["progress"]
        .as_array()
        .and_then(|p| p.last())
        .cloned();
    assert_eq!(total.map(|t| t["recorded"].clone()), Some(1.into()));

    let tsega_id = app.user_id("tsega").await;
    let audited = app.audit_rows("record_message").await;
    assert_eq!(
        audited,
        [(Some("ti/consent-yes".to_owned()), "allowed".to_owned())]
    );
    let by_tsega = format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'record_message' AND actor = '{tsega_id}'"
    );
    assert_eq!(app.count(&by_tsega).await, 1, "audited with its author");

    // Recorded again (sent as no type in particular: the bytes decide): the new one replaces
    // it, and the pack's hash changes.
    let again = ("application/octet-stream", wav(900));
    let (status, _) = upload(&app, &tsega, URI, again).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(recordings(&app).await, 1);
    assert_ne!(pack(&app).await["hash"], published["hash"]);
}

#[tokio::test]
async fn bad_audio_is_named_and_changes_nothing() {
    let (app, tsega, abeba) = setup().await;
    let mut too_large = wav(100);
    too_large.resize(1024 * 1024 + 1, 0);
    let mut too_long = wav(0);
    too_long[28..32].copy_from_slice(&8u32.to_le_bytes());
    too_long[40..44].copy_from_slice(&496u32.to_le_bytes());
    too_long.extend([0; 496]);
    let cases: [(&str, Vec<u8>, StatusCode, &str); 6] = [
        (
            "audio/ogg",
            b"OggS\0\x02 an Ogg page".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_audio",
        ),
        (
            "audio/webm",
            b"<html>not audio at all</html>".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_audio",
        ),
        (
            "text/plain",
            wav(500),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_audio",
        ),
        (
            "audio/wav",
            too_large,
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
        ),
        (
            "audio/wav",
            too_long,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_recording",
        ),
        (
            "audio/wav",
            wav(500)[..60].to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_recording",
        ),
    ];
    for (content_type, bytes, status, code) in cases {
        let (got, body) = upload(&app, &tsega, URI, (content_type, bytes)).await;
        assert_eq!(
            (got, body["error"].as_str()),
            (status, Some(code)),
            "{content_type}: {body}"
        );
        assert!(
            body["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "{body}"
        );
    }
    // A locale the reviewer may not touch, and a message the app does not have.
    let elsewhere = [
        (
            &abeba,
            "/api/v1/review/so/consent-yes/recording",
            StatusCode::FORBIDDEN,
        ),
        (
            &tsega,
            "/api/v1/review/am/consent-yes/recording",
            StatusCode::FORBIDDEN,
        ),
        (
            &tsega,
            "/api/v1/review/ti/no-such-message/recording",
            StatusCode::NOT_FOUND,
        ),
    ];
    for (cookie, uri, status) in elsewhere {
        let (got, _) = upload(&app, cookie, uri, ("audio/wav", wav(500))).await;
        assert_eq!(got, status, "{uri}");
    }
    assert_eq!(recordings(&app).await, 0);
    let audited = app.audit_rows("record_message").await;
    assert!(
        audited.iter().all(|(_, outcome)| outcome == "denied"),
        "{audited:?}"
    );
    assert_eq!(audited.len(), 2, "the two refused locales");
    assert_eq!(pack(&app).await["recordings"], serde_json::json!({}));
}

#[tokio::test]
async fn a_recording_of_an_older_source_is_stale_and_not_played() {
    let (app, tsega, _) = setup().await;
    let (status, _) = upload(&app, &tsega, URI, ("audio/wav", wav(700))).await;
    assert_eq!(status, StatusCode::OK);
    let hash = pack(&app).await["recordings"]["consent-yes"]["hash"].clone();
    // The Norwegian source changes (as a new release would change it).
    app.execute(
        "UPDATE recordings SET source_hash = $1",
        &["an older source"],
    )
    .await;
    let list = app
        .request("GET", "/api/v1/review/ti", Some(&tsega), None)
        .await;
    assert_eq!(row(&list.body, "consent-yes")["recording"]["stale"], true);
    assert_eq!(pack(&app).await["recordings"], serde_json::json!({}));
    let public = format!(
        "/api/v1/language-packs/ti/recordings/consent-yes?v={}",
        hash.as_str().unwrap_or_default()
    );
    let tablet = app.request("GET", &public, None, None).await;
    assert_eq!(tablet.status, StatusCode::NOT_FOUND);
    // Its reviewers still hear it (to record it again).
    assert_eq!(
        app.request("GET", URI, Some(&tsega), None).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn fresh_recordings_are_exported_where_a_release_carries_them() {
    let (app, tsega, _) = setup().await;
    let purpose = "/api/v1/review/ti/consent-purpose/recording";
    for uri in [URI, purpose] {
        let (status, _) = upload(&app, &tsega, uri, ("audio/wav", wav(600))).await;
        assert_eq!(status, StatusCode::OK);
    }
    // consent-purpose's source changes: its recording stays out of the release.
    app.execute(
        "UPDATE recordings SET source_hash = $1 WHERE message_id = 'consent-purpose'",
        &["an older source"],
    )
    .await;
    let root = tempfile::tempdir().expect("a folder");
    let exported = evne_server::admin::export_locale(&app.state.db, "ti", root.path())
        .await
        .expect("exported");
    assert_eq!(exported.recordings, 1);
    let audio = root.path().join("static/audio/ti");
    assert_eq!(
        std::fs::read(audio.join("consent-yes.wav")).expect("the audio"),
        wav(600)
    );
    assert!(!audio.join("consent-purpose.wav").exists());
    let listed = std::fs::read_to_string(audio.join("recorded.tsv")).expect("recorded.tsv");
    let listed = evne_locales::recorded::parse(&listed).expect("parses");
    let source = evne_server::review::source("consent-yes").expect("a message");
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (
            listed[0].id.as_str(),
            listed[0].file.as_str(),
            listed[0].duration_ms
        ),
        ("consent-yes", "consent-yes.wav", 600)
    );
    assert_eq!(
        listed[0].source_hash,
        evne_locales::source_hash(&source.text)
    );
}

#[tokio::test]
async fn admins_see_every_locale_s_progress_with_this_server_s_work() {
    let (app, tsega, _) = setup().await;
    app.add_users(&[("admin", evne_model::Role::Admin, None)])
        .await;
    let text = serde_json::json!({"text": "እወ"});
    let saved = app
        .request(
            "PUT",
            "/api/v1/review/ti/consent-yes",
            Some(&tsega),
            Some(text),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK);
    let (status, _) = upload(&app, &tsega, URI, ("audio/wav", wav(500))).await;
    assert_eq!(status, StatusCode::OK);

    let all = app
        .expect("admin", "GET", "/api/v1/language-coverage", StatusCode::OK)
        .await;
    let all = all.body.as_array().expect("a list").clone();
    assert_eq!(
        all.len(),
        evne_locales::locales().len() - 1,
        "every locale but the source"
    );
    let ti = all.iter().find(|c| c["locale"] == "ti").expect("ti");
    let rows = app
        .request("GET", "/api/v1/review/ti", Some(&tsega), None)
        .await;
    assert_eq!(
        ti["messages"],
        rows.body["rows"].as_array().map(Vec::len).unwrap_or(0)
    );
    assert_eq!(
        (ti["reviewed"].clone(), ti["recorded"].clone()),
        (1.into(), 1.into())
    );
    let am = all.iter().find(|c| c["locale"] == "am").expect("am");
    assert_eq!(
        (am["reviewed"].clone(), am["recorded"].clone()),
        (0.into(), 0.into())
    );
    app.expect(
        "tsega",
        "GET",
        "/api/v1/language-coverage",
        StatusCode::FORBIDDEN,
    )
    .await;
}
