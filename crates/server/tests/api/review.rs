//! Language review: a reviewer corrects and accepts the words of the locales they were given,
//! a second reviewer approves, bad input changes nothing, a changed Norwegian source makes a
//! review stale, and the language pack carries exactly the fresh reviews.

use crate::helpers::TestApp;
use axum::http::StatusCode;
use evne_model::Role;
use evne_server::admin;
use serde_json::{json, Value};

pub(crate) async fn setup() -> (TestApp, String, String) {
    let app = TestApp::spawn().await;
    app.add_users(&[
        ("tsega", Role::LanguageReviewer, None),
        ("abeba", Role::LanguageReviewer, None),
        ("officer", Role::SettlementOfficer, None),
    ])
    .await;
    app.allow_locale("tsega", "ti").await;
    app.allow_locale("abeba", "ti").await;
    app.allow_locale("abeba", "am").await;
    let tsega = app.session("tsega").await;
    let abeba = app.session("abeba").await;
    (app, tsega, abeba)
}

pub(crate) fn row<'a>(review: &'a Value, id: &str) -> &'a Value {
    let rows = review["rows"].as_array().expect("rows");
    rows.iter().find(|r| r["id"] == id).expect("the message")
}

/// `username`'s review of ti `consent-yes`, made against a Norwegian source that has changed
/// since (straight in the database, as an older release's review would be).
async fn stale_review(app: &TestApp, username: &str) {
    let by = app.user_id(username).await;
    let mut conn = app.state.db.acquire().await.expect("a connection");
    let old = evne_locales::source_hash("Ja, det vil jeg gjerne");
    let at = ("ti", "consent-yes");
    evne_server::store::translations::review(&mut conn, at, "እወ", &old, (&by, 1))
        .await
        .expect("a review");
}

pub(crate) async fn pack(app: &TestApp) -> Value {
    let a = app
        .request("GET", "/api/v1/language-packs/ti", None, None)
        .await;
    assert_eq!(a.status, StatusCode::OK);
    a.body
}

#[tokio::test]
async fn a_correction_is_reviewed_approved_by_another_and_published() {
    let (app, tsega, abeba) = setup().await;
    let empty = pack(&app).await;
    assert_eq!(empty["messages"], json!({}));

    let list = app
        .request("GET", "/api/v1/review/ti", Some(&tsega), None)
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.body["locales"], json!(["ti"]));
    let step = row(&list.body, "step-of");
    assert_eq!(step["state"], "draft");
    assert_eq!(step["source"], "Steg { $step } av { $steps }");
    assert_eq!(step["place"], "throughout");
    assert_eq!(
        list.body["rows"][0]["place"], "start",
        "in the resident's order"
    );

    let uri = "/api/v1/review/ti/step-of";
    let text = json!({"text": "ደረጃ { $step } ካብ { $steps }"});
    let saved = app.request("PUT", uri, Some(&tsega), Some(text)).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(saved.body["state"], "reviewed");
    assert_eq!(saved.body["reviewed_by_me"], true);

    let approval = format!("{uri}/approval");
    let own = app.request("POST", &approval, Some(&tsega), None).await;
    assert_eq!(own.status, StatusCode::CONFLICT, "not one's own review");
    let approved = app.request("POST", &approval, Some(&abeba), None).await;
    assert_eq!(approved.status, StatusCode::OK);
    assert_eq!(approved.body["state"], "approved");

    let published = pack(&app).await;
    assert_eq!(
        published["messages"]["step-of"],
        "ደረጃ { $step } ካብ { $steps }"
    );
    assert_ne!(published["hash"], empty["hash"]);
    let list = app
        .request("GET", "/api/v1/review/ti", Some(&abeba), None)
        .await;
    let total = list.body["progress"]
        .as_array()
        .and_then(|p| p.last())
        .cloned();
    let total = total.expect("a total");
    assert_eq!(
        (total["reviewed"].clone(), total["approved"].clone()),
        (json!(1), json!(1))
    );

    // A new text needs a new approval; every change is audited with its author.
    let again = json!({"text": "ደረጃ { $step } ካብ { $steps } ።"});
    let changed = app.request("PUT", uri, Some(&abeba), Some(again)).await;
    assert_eq!(changed.body["state"], "reviewed");
    let authors: Vec<(Option<String>, String, String)> = sqlx::query_as(
        "SELECT actor, action, outcome FROM audit_log WHERE subject = 'ti/step-of' ORDER BY id",
    )
    .fetch_all(&app.state.db)
    .await
    .expect("audit rows");
    let (t, a) = (app.user_id("tsega").await, app.user_id("abeba").await);
    assert_eq!(
        authors,
        [
            (Some(t.clone()), "review_message".into(), "allowed".into()),
            (Some(t), "approve_message".into(), "denied".into()),
            (Some(a.clone()), "approve_message".into(), "allowed".into()),
            (Some(a), "review_message".into(), "allowed".into()),
        ]
    );
}

#[tokio::test]
async fn bad_input_is_named_and_changes_nothing() {
    let (app, tsega, _) = setup().await;
    let put = |uri: &'static str, text: &'static str| {
        let (app, tsega) = (&app, tsega.clone());
        async move {
            let body = json!({"text": text});
            app.request("PUT", uri, Some(&tsega), Some(body)).await
        }
    };
    let missing = put("/api/v1/review/ti/step-of", "ደረጃ { $step }").await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.body["error"], "invalid_translation");
    assert_eq!(missing.body["fields"][0]["path"], "text");
    assert_eq!(missing.body["fields"][0]["code"], "missing_variable");
    assert!(missing.body["detail"]
        .as_str()
        .unwrap_or_default()
        .contains("$steps"));

    let unknown = put(
        "/api/v1/review/ti/step-of",
        "{ $step } { $steps } { $name }",
    )
    .await;
    assert_eq!(unknown.body["fields"][0]["code"], "unknown_variable");
    assert!(unknown.body["detail"]
        .as_str()
        .unwrap_or_default()
        .contains("$name"));

    let broken = put("/api/v1/review/ti/step-of", "{ $step } { $steps").await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(broken.body["fields"][0]["code"], "fluent_syntax");

    let empty = put("/api/v1/review/ti/consent-yes", "   ").await;
    assert_eq!(empty.body["fields"][0]["code"], "required");
    let nul = put("/api/v1/review/ti/consent-yes", "እወ\u{0}").await;
    assert_eq!(
        nul.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a NUL never reaches the database"
    );
    assert_eq!(nul.body["fields"][0]["code"], "invalid_text");
    let nul_path = put("/api/v1/review/ti/consent%00yes", "እወ").await;
    assert_eq!(nul_path.status, StatusCode::NOT_FOUND);

    let other_locale = put("/api/v1/review/am/consent-yes", "አዎ").await;
    assert_eq!(other_locale.status, StatusCode::FORBIDDEN);
    let source = put("/api/v1/review/nb/consent-yes", "Ja").await;
    assert_eq!(
        source.status,
        StatusCode::NOT_FOUND,
        "the source is not reviewed here"
    );
    let no_message = put("/api/v1/review/ti/no-such-message", "x").await;
    assert_eq!(no_message.status, StatusCode::NOT_FOUND);

    assert_eq!(app.count("SELECT COUNT(*) FROM translations").await, 0);
    app.expect_denied("review_message", 1).await;
    let officer = app.session("officer").await;
    let as_officer = app
        .request("GET", "/api/v1/review/ti", Some(&officer), None)
        .await;
    assert_eq!(as_officer.status, StatusCode::FORBIDDEN);
    let nothing = app
        .request(
            "POST",
            "/api/v1/review/ti/consent-yes/approval",
            Some(&tsega),
            None,
        )
        .await;
    assert_eq!(
        nothing.status,
        StatusCode::CONFLICT,
        "a draft has nothing to approve"
    );
}

#[tokio::test]
async fn a_review_of_an_older_source_is_stale_and_not_published() {
    let (app, tsega, abeba) = setup().await;
    stale_review(&app, "tsega").await;

    let list = app
        .request("GET", "/api/v1/review/ti", Some(&abeba), None)
        .await;
    assert_eq!(row(&list.body, "consent-yes")["state"], "stale");
    assert_eq!(row(&list.body, "consent-yes")["text"], "እወ");
    assert_eq!(
        pack(&app).await["messages"],
        json!({}),
        "stale words are not sent"
    );
    let approval = "/api/v1/review/ti/consent-yes/approval";
    let refused = app.request("POST", approval, Some(&abeba), None).await;
    assert_eq!(
        refused.status,
        StatusCode::CONFLICT,
        "a stale text is reviewed again first"
    );

    let fresh = json!({"text": "እወ፡ ይደሊ"});
    let uri = "/api/v1/review/ti/consent-yes";
    let saved = app.request("PUT", uri, Some(&tsega), Some(fresh)).await;
    assert_eq!(saved.body["state"], "reviewed");
    assert_eq!(pack(&app).await["messages"]["consent-yes"], "እወ፡ ይደሊ");
}

#[tokio::test]
async fn a_reviewer_is_created_with_the_locales_they_may_work_on() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let err = |r: anyhow::Result<String>| r.expect_err("refused").to_string();
    let reviewer = "language_reviewer";
    assert!(err(admin::create_user(db, "r", reviewer, None, &[]).await).contains("--locales"));
    assert!(err(admin::create_user(db, "r", reviewer, None, &["xx"]).await).contains("xx"));
    assert!(err(admin::create_user(db, "r", reviewer, None, &["nb"]).await).contains("nb"));
    let officer = "settlement_officer";
    assert!(err(admin::create_user(db, "o", officer, None, &["ti"]).await).contains("only"));
    admin::create_user(db, "r", reviewer, None, &["ti", "am"])
        .await
        .expect("a reviewer");
    let id = app.user_id("r").await;
    let locales = evne_server::store::translations::locales_of(db, &id).await;
    assert_eq!(locales.expect("locales"), ["am", "ti"]);
}

#[tokio::test]
async fn the_reviewed_words_are_exported_where_a_release_carries_them() {
    let (app, tsega, abeba) = setup().await;
    let step = json!({"text": "ደረጃ { $step } ካብ { $steps }"});
    app.request("PUT", "/api/v1/review/ti/step-of", Some(&tsega), Some(step))
        .await;
    let approval = "/api/v1/review/ti/step-of/approval";
    assert_eq!(
        app.request("POST", approval, Some(&abeba), None)
            .await
            .status,
        StatusCode::OK
    );
    let label = json!({"text": "ኣብ ገዛ ምክንካን"});
    let uri = "/api/v1/review/ti/occupation-cook";
    assert_eq!(
        app.request("PUT", uri, Some(&tsega), Some(label))
            .await
            .status,
        StatusCode::OK
    );
    // A review of a source that has changed since is not carried.
    stale_review(&app, "tsega").await;

    let root = tempfile::tempdir().expect("a folder");
    let exported = admin::export_locale(&app.state.db, "ti", root.path())
        .await
        .expect("exported");
    let dir = exported.dir;
    assert_eq!(exported.reviews, 2);
    assert_eq!(dir, root.path().join("locales/ti"));
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect(name);
    let main = evne_locales::check::parse(&read("main.ftl")).expect("valid Fluent");
    let text = |id: &str| main.iter().find(|m| m.id == id).map(|m| m.text.clone());
    assert_eq!(
        text("step-of").as_deref(),
        Some("ደረጃ { $step } ካብ { $steps }")
    );
    let shipped = evne_locales::shipped_texts("ti").expect("ti");
    assert_eq!(
        text("consent-yes"),
        shipped.get("consent-yes").cloned(),
        "stale: as shipped"
    );
    assert_eq!(
        main.len(),
        evne_locales::shipped_files("ti")
            .iter()
            .filter(|(f, _)| *f == "main")
            .map(|(_, t)| evne_locales::check::parse(t).expect("parses").len())
            .sum::<usize>(),
        "every message still there"
    );
    assert!(read("taxonomy.ftl").contains("occupation-cook = ኣብ ገዛ ምክንካን\n"));
    let reviews = evne_locales::reviews::parse(&read("reviewed.tsv")).expect("reviews");
    let states: Vec<(String, bool)> = reviews.iter().map(|r| (r.id.clone(), r.approved)).collect();
    assert_eq!(
        states,
        [("occupation-cook".into(), false), ("step-of".into(), true)]
    );

    let refused = admin::export_locale(&app.state.db, "nb", root.path()).await;
    assert!(refused.expect_err("the source").to_string().contains("nb"));
}
