use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderName, Request, StatusCode};
use axum::Router;
use evne_model::envelope::{self, PublicKey};
use evne_model::Role;
use evne_model::SubmissionRecord;
use evne_server::{auth, config::Settings, db, http, keys::KeyRing, AppState};
use http_body_util::BodyExt;
use serde_json::Value;
use std::sync::Arc;
use tempfile::TempDir;
use tower::ServiceExt;

pub const PASSWORD: &str = "a long test password";
pub const CENTRE: &str = "org-centre-a";
pub const OTHER_CENTRE: &str = "org-centre-b";

/// A server with reception staff of both centres (`staff-a`, `staff-b`) and a counsellor of
/// centre A (`counsellor-a`).
pub async fn with_centre_staff() -> TestApp {
    let app = TestApp::spawn().await;
    app.add_users(&[
        ("staff-a", Role::ReceptionStaff, Some(CENTRE)),
        ("staff-b", Role::ReceptionStaff, Some(OTHER_CENTRE)),
        ("counsellor-a", Role::Counsellor, Some(CENTRE)),
    ])
    .await;
    app
}

/// Enrols a tablet at `centre` straight in the database; returns its id and token.
pub async fn enrol_device(db: &sqlx::AnyPool, centre: &str) -> (String, String) {
    let (token, hash) = auth::new_token();
    let id = uuid::Uuid::now_v7().to_string();
    sqlx::query(
        "INSERT INTO devices (id, first_seen_at, last_sync_at, submissions, token_hash, organisation_id)
         VALUES ($1, 0, 0, 0, $2, $3)",
    )
    .bind(&id)
    .bind(hash)
    .bind(centre)
    .execute(db)
    .await
    .expect("device");
    (id, token)
}

/// Set to a PostgreSQL server's URL (without a database, e.g. `postgres://evne@127.0.0.1:5432`)
/// to run the tests on PostgreSQL; `cargo xtask test` does, on a server it starts.
pub const POSTGRES_ENV: &str = "EVNE_TEST_POSTGRES";

/// Which database the tests run on.
pub fn backend() -> db::Backend {
    match std::env::var(POSTGRES_ENV) {
        Ok(url) if !url.is_empty() => db::Backend::Postgres,
        _ => db::Backend::Sqlite,
    }
}

/// The URL of an empty database for one test: a SQLite file in `dir`, or on PostgreSQL a
/// schema of its own (made here; the server's connections find it through `search_path`).
pub async fn fresh_database(dir: &std::path::Path) -> String {
    use sqlx::Connection;
    let Ok(base) = std::env::var(POSTGRES_ENV).map(|u| u.trim_end_matches('/').to_owned()) else {
        return format!("sqlite://{}", dir.join("evne.db").display());
    };
    if base.is_empty() {
        return format!("sqlite://{}", dir.join("evne.db").display());
    }
    let schema = format!("t{}", uuid::Uuid::now_v7().simple());
    let mut admin = sqlx::postgres::PgConnection::connect(&format!("{base}/postgres"))
        .await
        .expect("PostgreSQL");
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(&mut admin)
        .await
        .expect("schema");
    admin.close().await.expect("close");
    format!("{base}/postgres?options=-c%20search_path%3D{schema}")
}

/// A server on a fresh database: a SQLite file in its own temporary directory, or a fresh
/// PostgreSQL schema (see [`POSTGRES_ENV`]).
pub struct TestApp {
    pub state: AppState,
    /// The token of a tablet enrolled at [`CENTRE`], used by [`TestApp::submit`].
    pub device_token: String,
    _dir: TempDir,
}

/// The caller of [`TestApp::expect`] without a session.
pub const ANONYMOUS: &str = "";

pub struct Answer {
    pub status: StatusCode,
    pub set_cookie: Option<String>,
    pub body: Value,
}

impl Answer {
    /// The body, a JSON array.
    pub fn list(&self) -> &[Value] {
        self.body.as_array().expect("a list")
    }

    /// The `Cookie` header value that sends back the session this answer set.
    pub fn cookie(&self) -> String {
        let set = self.set_cookie.as_deref().expect("a session cookie");
        set.split(';').next().expect("a name=value").to_owned()
    }
}

impl TestApp {
    pub async fn spawn() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = fresh_database(dir.path()).await;
        let pool = db::connect(&url).await.expect("database");
        let settings = Settings {
            database_url: url,
            app_dir: dir.path().join("no-app"),
            key_dir: dir.path().join("keys"),
            ..Settings::default()
        };
        let keys = KeyRing::load_or_create(&settings.key_dir).expect("keys");
        for (id, name) in [(CENTRE, "Centre A"), (OTHER_CENTRE, "Centre B")] {
            sqlx::query(
                "INSERT INTO organisations (id, kind, name) VALUES ($1, 'reception_centre', $2)",
            )
            .bind(id)
            .bind(name)
            .execute(&pool)
            .await
            .expect("organisation");
        }
        let device_token = enrol_device(&pool, CENTRE).await.1;
        Self {
            state: AppState::new(pool, settings, Arc::new(keys)),
            device_token,
            _dir: dir,
        }
    }

    /// The same database and settings with another key ring (as after a restart).
    pub fn with_keys(&self, keys: KeyRing) -> TestApp {
        TestApp {
            state: AppState {
                keys: Arc::new(keys),
                ..self.state.clone()
            },
            device_token: self.device_token.clone(),
            _dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A second server on the same database, with a search index of its own (a replica).
    pub fn replica(&self) -> TestApp {
        TestApp {
            state: AppState {
                index: Arc::default(),
                ..self.state.clone()
            },
            device_token: self.device_token.clone(),
            _dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The key tablets would seal to now.
    pub fn public_key(&self) -> PublicKey {
        self.state.keys.current().unwrap().public_key()
    }

    /// Seals a plain `{id, profile}` as a tablet does.
    pub fn seal(&self, record: Value) -> Value {
        let record: SubmissionRecord = serde_json::from_value(record).expect("a record");
        let sealed = envelope::seal(&record, &self.public_key(), &mut rand::rngs::OsRng).unwrap();
        serde_json::to_value(sealed).unwrap()
    }

    /// A profile's JSON sealed as it is, as an older app version sealed it.
    pub fn seal_raw(&self, id: &str, profile: &Value) -> Value {
        let id = evne_model::SubmissionId::parse(id).expect("an id");
        let json = serde_json::to_vec(profile).unwrap();
        let sealed =
            envelope::seal_json(id, &json, &self.public_key(), &mut rand::rngs::OsRng).unwrap();
        serde_json::to_value(sealed).unwrap()
    }

    /// A sealed, valid submission.
    pub fn submission(&self, id: &str, name: &str) -> Value {
        self.seal(record(id, name))
    }

    pub fn router(&self) -> Router {
        http::router(self.state.clone())
    }

    /// An organisation of `kind` (`municipality`, `reception_centre`, `directorate`).
    pub async fn add_organisation(&self, id: &str, kind: &str) {
        let sql = "INSERT INTO organisations (id, kind, name) VALUES ($1, $2, $3)";
        self.execute(sql, &[id, kind, id]).await;
    }

    /// Runs `sql` (a statement that must succeed) with these text arguments.
    pub async fn execute(&self, sql: &str, args: &[&str]) {
        let mut query = sqlx::query(sql);
        for arg in args {
            query = query.bind(*arg);
        }
        let done = query.execute(&self.state.db).await;
        done.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Each `(username, role, organisation)` as [`TestApp::add_user_at`].
    pub async fn add_users(&self, users: &[(&str, Role, Option<&str>)]) {
        for &(username, role, organisation) in users {
            self.add_user_at(username, role, organisation).await;
        }
    }

    /// Lets language reviewer `username` work on `locale`.
    pub async fn allow_locale(&self, username: &str, locale: &str) {
        let id = self.user_id(username).await;
        evne_server::store::translations::allow(&self.state.db, &id, locale)
            .await
            .expect("a reviewer's locale");
    }

    /// The id of account `username`.
    pub async fn user_id(&self, username: &str) -> String {
        let account = evne_server::store::users::by_username(&self.state.db, username).await;
        account.expect("the database").expect("an account").id
    }

    pub async fn add_user(&self, username: &str, role: Role) {
        self.add_user_at(username, role, None).await
    }

    /// A user belonging to an organisation (e.g. a reception centre's staff).
    pub async fn add_user_at(&self, username: &str, role: Role, organisation: Option<&str>) {
        sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, organisation_id, created_at)
             VALUES ($1, $2, $3, $4, $5, 0)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(username)
        .bind(password_hash())
        .bind(role.as_str())
        .bind(organisation)
        .execute(&self.state.db)
        .await
        .expect("insert user");
    }

    /// Sends `method uri` to a fresh router, with this credential header (or none) and `body`
    /// as JSON (or none): the answer.
    async fn send(
        &self,
        method: &str,
        uri: &str,
        credential: Option<(HeaderName, String)>,
        body: Option<Value>,
    ) -> Answer {
        let body = body.map(|b| ("application/json", b.to_string().into_bytes()));
        self.send_bytes(method, uri, credential, body).await
    }

    /// `method uri` with a credential (or none) and a body of a content type (or none).
    async fn send_bytes(
        &self,
        method: &str,
        uri: &str,
        credential: Option<(HeaderName, String)>,
        body: Option<(&str, Vec<u8>)>,
    ) -> Answer {
        let mut req = Request::builder().method(method).uri(uri);
        if let Some((name, value)) = credential {
            req = req.header(name, value);
        }
        let req = match body {
            Some((content_type, bytes)) => req
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::from(bytes)),
            None => req.body(Body::empty()),
        }
        .expect("a request");
        let (status, headers, bytes) = exchange(&self.router(), req).await;
        Answer {
            status,
            set_cookie: headers
                .get(header::SET_COOKIE)
                .map(|v| v.to_str().expect("an ASCII cookie").to_owned()),
            // Not JSON (audio): how much of it there was.
            body: match bytes.len() {
                0 => Value::Null,
                n => serde_json::from_slice(&bytes)
                    .unwrap_or_else(|_| Value::String(format!("{n} bytes"))),
            },
        }
    }

    /// A request with a session's `Cookie` header value (or none) and a body of `content_type`.
    pub async fn request_bytes(
        &self,
        method: &str,
        uri: &str,
        cookie: Option<&str>,
        (content_type, bytes): (&str, Vec<u8>),
    ) -> Answer {
        let cookie = cookie.map(|c| (header::COOKIE, c.to_owned()));
        self.send_bytes(method, uri, cookie, Some((content_type, bytes)))
            .await
    }

    /// Any request, with a session's `Cookie` header value (or none) and a JSON body (or none).
    pub async fn request(
        &self,
        method: &str,
        uri: &str,
        cookie: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let cookie = cookie.map(|c| (header::COOKIE, c.to_owned()));
        self.send(method, uri, cookie, body).await
    }

    /// A GET with a session whose answer is text (e.g. CSV).
    pub async fn request_raw(&self, method: &str, uri: &str, cookie: &str) -> String {
        let req = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .expect("a request");
        let (_, _, bytes) = exchange(&self.router(), req).await;
        String::from_utf8(bytes).expect("UTF-8 text")
    }

    /// Any request with a tablet's bearer token instead of a session.
    pub async fn request_with_bearer(
        &self,
        method: &str,
        uri: &str,
        token: &str,
        body: Option<Value>,
    ) -> Answer {
        self.send(method, uri, Some(bearer(token)), body).await
    }

    /// `POST /api/v1/submissions` with `body`, as the enrolled test tablet.
    pub async fn submit(&self, body: Value) -> Answer {
        self.submit_with(Some(&self.device_token), body).await
    }

    /// `POST /api/v1/submissions` with `body` and this device token (or none).
    pub async fn submit_with(&self, token: Option<&str>, body: Value) -> Answer {
        let uri = "/api/v1/submissions";
        self.send("POST", uri, token.map(bearer), Some(body)).await
    }

    /// `method uri` with `body` (or none) as `who`: a user, logged in, or [`ANONYMOUS`].
    pub async fn call_as(&self, who: &str, method: &str, uri: &str, body: Option<Value>) -> Answer {
        let cookie = match who {
            ANONYMOUS => None,
            user => Some(self.login(user).await),
        };
        self.request(method, uri, cookie.as_deref(), body).await
    }

    /// `method uri` without a body as `user` (see [`TestApp::call_as`]): asserts that the
    /// answer is `status`, naming the caller, method and URI if not; the answer.
    pub async fn expect(&self, user: &str, method: &str, uri: &str, status: StatusCode) -> Answer {
        let a = self.call_as(user, method, uri, None).await;
        let caller = if user == ANONYMOUS { "nobody" } else { user };
        assert_eq!(a.status, status, "{method} {uri} as {caller}: {}", a.body);
        a
    }

    /// [`TestApp::expect`] for each `(user, method, uri, status)` in turn.
    pub async fn expect_statuses(&self, cases: &[(&str, &str, &str, StatusCode)]) {
        for &(user, method, uri, status) in cases {
            self.expect(user, method, uri, status).await;
        }
    }

    /// `POST /api/v1/login` with this username and password.
    pub async fn login_with(&self, username: &str, password: &str) -> Answer {
        let body = serde_json::json!({"username": username, "password": password});
        self.request("POST", "/api/v1/login", None, Some(body))
            .await
    }

    /// Asserts that `action` was audited `times`, each time refused.
    pub async fn expect_denied(&self, action: &str, times: usize) {
        let rows = self.audit_rows(action).await;
        assert_eq!(rows.len(), times, "{action}: {rows:?}");
        assert!(
            rows.iter().all(|(_, outcome)| outcome == "denied"),
            "{rows:?}"
        );
    }

    /// A router on the same database and keys, with settings changed by `change`.
    pub fn router_with(&self, change: impl FnOnce(&mut Settings)) -> Router {
        let mut settings = (*self.state.settings).clone();
        change(&mut settings);
        let keys = self.state.keys.clone();
        http::router(AppState::new(self.state.db.clone(), settings, keys))
    }

    /// The one number `sql` selects (e.g. a `COUNT(*)`).
    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(&self.state.db)
            .await
            .expect("a number")
    }

    /// A session for `username` made straight in the database, as a login would make it;
    /// returns the `Cookie` header value. No password check: for tests that need many
    /// sessions (argon2 is deliberately slow, and failed logins lock a username).
    pub async fn session(&self, username: &str) -> String {
        let (token, hash) = auth::new_token();
        let now = evne_server::now_unix();
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at)
             SELECT $1, id, $2, $3 FROM users WHERE username = $4",
        )
        .bind(hash)
        .bind(now)
        .bind(now)
        .bind(username)
        .execute(&self.state.db)
        .await
        .expect("session");
        format!("{}={token}", auth::SESSION_COOKIE)
    }

    /// Logs in and returns the `Cookie` header value to send.
    pub async fn login(&self, username: &str) -> String {
        let a = self.login_with(username, PASSWORD).await;
        assert_eq!(a.status, StatusCode::OK, "login of {username}");
        a.cookie()
    }

    pub async fn audit_rows(&self, action: &str) -> Vec<(Option<String>, String)> {
        sqlx::query_as("SELECT subject, outcome FROM audit_log WHERE action = $1 ORDER BY id")
            .bind(action)
            .fetch_all(&self.state.db)
            .await
            .unwrap()
    }
}

/// The `Authorization` header of a tablet with `token`.
fn bearer(token: &str) -> (HeaderName, String) {
    (header::AUTHORIZATION, format!("Bearer {token}"))
}

/// Sends `req` as it is (any method, URI and bytes) to `router`; the status and the body.
pub async fn send_raw(router: &Router, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let (status, _, bytes) = exchange(router, req).await;
    (status, bytes)
}

/// Sends `req` to `router`: the status, the headers and the body.
async fn exchange(router: &Router, req: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let res = router.clone().oneshot(req).await.expect("an answer");
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.expect("a body").to_bytes();
    (parts.status, parts.headers, bytes.to_vec())
}

/// The hash of [`PASSWORD`], made once: argon2 is deliberately slow.
fn password_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| auth::hash_password(PASSWORD).unwrap())
}

/// A plain, valid `{id, profile}` (what a tablet seals).
pub fn record(id: &str, name: &str) -> Value {
    serde_json::json!({
        "id": id,
        "profile": {
            "schema_version": 2,
            "person": {"given_name": {"text": name, "lang": "ar"}, "year_of_birth": 1990},
            "languages": {"entries": [{"code": "ar", "mother_tongue": true}, {"code": "en"}]},
            "work": [{"title": {"text": "تصليح الهواتف", "lang": "ar"}, "years": 3}],
            "consent": {
                "scopes": ["registration", "municipality"],
                "given_at_ms": 1_764_000_000_000u64,
                "lang": "ar",
                "by": "self"
            }
        }
    })
}

/// A profile as version 1 of the app sent it.
pub fn record_v1(name: &str) -> Value {
    serde_json::json!({"name": name, "year_of_birth": 1990, "languages": ["ar", "en"], "written_in": "ar"})
}

pub fn new_id() -> String {
    evne_model::SubmissionId::new().to_string()
}

/// A recording of `ms` milliseconds (synthetic: a tone).
pub fn wav(ms: u32) -> Vec<u8> {
    evne_server::recording::tone(ms)
}
