//! The learner page and the assessor view: static files embedded in the binary, and the
//! read-only data the page needs besides the API (its texts in a language, the language list,
//! pictures, audio clips). The page decides nothing: items, answers, progress and results come
//! from the API; these routes carry no key, IRT parameter or scoring rule.

use crate::problem::{self, Kind, Problem, ProblemBody};
use crate::secrets;
use crate::texts::Texts;
use axum::extract::{Path, Request};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use nln_core::i18n::{Arg, Catalog, Direction, Localizer};
use nln_core::pictures::{alt_message_id, PictureSet};
use nln_core::present::{Audio, Text};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::compression::predicate::{And, DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::CompressionLayer;
use utoipa::{OpenApi, ToSchema};

/// Environment variable naming the folder `nln audio build --out` wrote; without it the page
/// offers no clips (play buttons only appear for clips the service can send).
pub const AUDIO_DIR_ENV: &str = "NLN_AUDIO_DIR";

/// Policy of the page: scripts and styles only from this origin (no inline script or style),
/// data only from the API, no framing, no forms posted elsewhere.
const PAGE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/// Policy of a served picture: it may style itself, and nothing else.
const PICTURE_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/// One embedded file: its URL path, content type and bytes.
struct Asset {
    path: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

macro_rules! asset {
    ($path:literal, $file:literal, $type:literal) => {
        Asset {
            path: $path,
            content_type: $type,
            bytes: include_bytes!(concat!("../../../web/", $file)),
        }
    };
}

/// The page's files, listed one by one so that nothing else in `web/` is ever served.
static ASSETS: &[Asset] = &[
    asset!("/", "index.html", "text/html; charset=utf-8"),
    asset!("/assessor", "assessor.html", "text/html; charset=utf-8"),
    asset!("/assets/style.css", "style.css", "text/css; charset=utf-8"),
    asset!("/assets/print.css", "print.css", "text/css; charset=utf-8"),
    asset!("/assets/api.js", "api.js", "text/javascript; charset=utf-8"),
    asset!("/assets/texts.js", "texts.js", "text/javascript; charset=utf-8"),
    asset!("/assets/sound.js", "sound.js", "text/javascript; charset=utf-8"),
    asset!("/assets/items.js", "items.js", "text/javascript; charset=utf-8"),
    asset!("/assets/learner.js", "learner.js", "text/javascript; charset=utf-8"),
    asset!("/assets/assessor.js", "assessor.js", "text/javascript; charset=utf-8"),
    asset!("/assets/report.js", "report.js", "text/javascript; charset=utf-8"),
];

/// Total bytes of the page's files (the page weight without pictures and audio).
pub fn asset_bytes() -> usize {
    ASSETS.iter().map(|a| a.bytes.len()).sum()
}

/// What the page's data routes read.
pub struct Web {
    catalog: Catalog,
    localizers: BTreeMap<String, Localizer>,
    pictures: PictureSet,
    audio_dir: Option<PathBuf>,
    etags: BTreeMap<&'static str, String>,
    /// Digest of every page file: the folder the HTML names them under.
    version: String,
    /// The HTML pages, naming the other files under [`Web::version`].
    html: BTreeMap<&'static str, Vec<u8>>,
}

/// Whether an asset is an HTML page (served at its own name, checked on every visit).
fn is_html(asset: &Asset) -> bool {
    asset.content_type.starts_with("text/html")
}

impl Web {
    /// The page's data for a catalog; clips from `audio_dir` when given.
    pub fn new(catalog: Catalog, audio_dir: Option<PathBuf>) -> Web {
        let localizers = catalog
            .manifest()
            .locales
            .iter()
            .map(|l| (l.code.clone(), catalog.localizer(&l.code)))
            .collect();
        let all: Vec<u8> = ASSETS.iter().flat_map(|a| a.bytes.iter().copied()).collect();
        let version = secrets::digest(&all)[..16].to_string();
        let html: BTreeMap<&'static str, Vec<u8>> = ASSETS
            .iter()
            .filter(|a| is_html(a))
            .map(|a| {
                let text = String::from_utf8_lossy(a.bytes).replace("\"/assets/", &format!("\"/assets/{version}/"));
                (a.path, text.into_bytes())
            })
            .collect();
        let etags = ASSETS
            .iter()
            .map(|a| {
                let bytes = html.get(a.path).map_or(a.bytes, Vec::as_slice);
                (a.path, format!("\"{}\"", &secrets::digest(bytes)[..32]))
            })
            .collect();
        Web {
            catalog,
            localizers,
            pictures: nln_core::defaults::pictures(),
            audio_dir: audio_dir.filter(|d| d.is_dir()),
            etags,
            version,
            html,
        }
    }

    /// The page's data with the audio folder named by [`AUDIO_DIR_ENV`], if any.
    pub fn from_env(catalog: Catalog) -> Web {
        Web::new(catalog, std::env::var_os(AUDIO_DIR_ENV).map(PathBuf::from))
    }

    fn localizer(&self, tag: &str) -> Option<&Localizer> {
        if tag.len() > 35 {
            return None;
        }
        let manifest = self.catalog.manifest();
        let code = manifest.resolve(tag);
        let language_matches = tag
            .split('-')
            .next()
            .is_some_and(|l| code.split('-').next().is_some_and(|c| c.eq_ignore_ascii_case(l)));
        if code != manifest.default || language_matches {
            self.localizers.get(code)
        } else {
            None
        }
    }

    /// A message as the page shows it, with its clip only when the service can send it.
    fn text(&self, loc: &Localizer, id: &str, args: &[(&str, Arg<'_>)]) -> Option<Text> {
        let found = loc.lookup(id, args)?;
        let clip = loc
            .audio_source(id)
            .filter(|(_, c)| self.audio_dir.as_ref().is_some_and(|d| d.join(&c.file).is_file()));
        Some(Text {
            message_id: id.to_string(),
            direction: loc.direction_of(&found.locale),
            text: found.text,
            locale: found.locale,
            audio: clip.map(|(l, c)| Audio {
                reference: id.to_string(),
                file: Some(c.file.clone()),
                status: Some(c.status),
                locale: Some(l.to_string()),
            }),
        })
    }
}

/// Placeholder the page replaces by a number formatted for the learner's locale.
pub const NUMBER_SLOT: &str = "\u{2042}";
/// Placeholder the page replaces by a count (of screens) formatted for the learner's locale.
pub const COUNT_SLOT: &str = "\u{2051}";

/// A shipped language as the chooser shows it: its name in its own script, spoken.
#[derive(Debug, Serialize, ToSchema)]
pub struct LanguageView {
    /// Locale code (`fr`, `zh-Hans`).
    pub code: String,
    /// The language's own name for itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// The name as spoken in that language, when a clip exists.
    #[schema(value_type = Option<Object>)]
    pub audio: Option<Audio>,
}

/// The page's texts in one language.
#[derive(Debug, Serialize, ToSchema)]
pub struct PageTexts {
    /// Locale that serves them.
    pub locale: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// Texts by message id, with their clips. `{number}` slots are marked with U+2042.
    #[schema(value_type = Object)]
    pub messages: BTreeMap<String, Text>,
    /// Descriptions of the pictures, by picture path, for screen readers.
    pub pictures: BTreeMap<String, String>,
}

fn direction_name(d: Direction) -> String {
    match d {
        Direction::Rtl => "rtl".into(),
        Direction::Ltr => "ltr".into(),
    }
}

/// Messages of the page besides its own `web-…` texts.
const SHARED_MESSAGES: [&str; 1] = ["answer-dont-know"];
/// Page messages shown with numbers in them, and their arguments: the page fills the slots
/// with numbers formatted for the learner's locale.
const NUMBERED_MESSAGES: [(&str, &[(&str, &str)]); 2] = [
    ("web-question-number", &[("number", NUMBER_SLOT)]),
    ("web-tap-screen", &[("number", NUMBER_SLOT), ("count", COUNT_SLOT)]),
];

/// The shipped languages, for the language chooser.
#[utoipa::path(get, path = "/v1/languages", tag = "page",
    responses((status = 200, body = Vec<LanguageView>)))]
async fn languages(web: axum::extract::State<Arc<Web>>) -> Json<Vec<LanguageView>> {
    let list = web
        .catalog
        .manifest()
        .locales
        .iter()
        .filter_map(|l| {
            let loc = web.localizers.get(&l.code)?;
            let spoken = web.text(loc, "web-language-name", &[]);
            Some(LanguageView {
                code: l.code.clone(),
                name: l.name.clone(),
                direction: direction_name(l.direction),
                audio: spoken.and_then(|t| t.audio),
            })
        })
        .collect();
    Json(list)
}

/// The page's texts and picture descriptions in a language (`fr`, `fa-AF`, …).
#[utoipa::path(get, path = "/v1/page-texts/{language}", tag = "page",
    params(("language" = String, Path, description = "Language tag")),
    responses((status = 200, body = PageTexts),
              (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn page_texts(
    web: axum::extract::State<Arc<Web>>,
    Path(language): Path<String>,
) -> Result<Json<PageTexts>, Problem> {
    let loc = web.localizer(&language).ok_or_else(|| {
        Problem::new(Kind::UnknownLanguage).text("language", language.chars().take(35).collect::<String>())
    })?;
    Ok(Json(web.page_texts(loc)))
}

/// The page's texts in the browser's first language (`Accept-Language`; the default language
/// when it is not shipped). The learner page asks for them before its scripts run (a preload
/// in its HTML), so on a slow phone the join form does not wait one more round trip.
#[utoipa::path(get, path = "/v1/page-texts", tag = "page",
    params(("Accept-Language" = Option<String>, Header, description = "The browser's languages")),
    responses((status = 200, body = PageTexts)))]
async fn browser_page_texts(web: axum::extract::State<Arc<Web>>, headers: HeaderMap) -> Response {
    let first = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|h| h.split(',').next())
        .and_then(|t| t.split(';').next())
        .map(str::trim);
    let manifest = web.catalog.manifest();
    let loc = first
        .and_then(|t| web.localizer(t))
        .or_else(|| web.localizers.get(&manifest.default));
    let Some(loc) = loc else {
        return Problem::new(Kind::NotFound).into_response();
    };
    let mut response = Json(web.page_texts(loc)).into_response();
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-language"));
    response
}

impl Web {
    /// The page's `web-…` messages (and the shared ones) in a locale, with picture descriptions.
    fn page_texts(&self, loc: &Localizer) -> PageTexts {
        let web = self;
        let default = web.catalog.manifest().default.clone();
        let mut messages = BTreeMap::new();
        for id in web.catalog.message_ids(&default) {
            let wanted = id.starts_with("web-") || SHARED_MESSAGES.contains(&id.as_str());
            if !wanted {
                continue;
            }
            let args: Vec<(&str, Arg<'_>)> = NUMBERED_MESSAGES
                .iter()
                .find(|(numbered, _)| *numbered == id)
                .map(|(_, slots)| slots.iter().map(|&(name, slot)| (name, Arg::from(slot))).collect())
                .unwrap_or_default();
            if let Some(t) = web.text(loc, &id, &args) {
                messages.insert(id, t);
            }
        }
        let pictures = web
            .pictures
            .iter()
            .filter_map(|(path, _)| Some((path.to_string(), loc.lookup(&alt_message_id(path), &[])?.text)))
            .collect();
        PageTexts {
            locale: loc.locale().to_string(),
            direction: direction_name(loc.direction_of(loc.locale())),
            messages,
            pictures,
        }
    }
}

/// A picture an item shows (SVG), by the path the item names.
#[utoipa::path(get, path = "/v1/pictures/{folder}/{name}", tag = "page",
    params(("folder" = String, Path, description = "Picture folder"), ("name" = String, Path, description = "File name")),
    responses((status = 200, content_type = "image/svg+xml", body = String),
              (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn picture(
    web: axum::extract::State<Arc<Web>>,
    Path((folder, name)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let path = format!("{folder}/{name}");
    let svg = web.pictures.get(&path).ok_or_else(|| Problem::new(Kind::NotFound))?;
    let etag = format!("\"{}\"", &secrets::digest(svg.as_bytes())[..32]);
    Ok(cached(
        &headers,
        &etag,
        "image/svg+xml",
        PICTURE_CSP,
        svg.as_bytes().to_vec(),
    ))
}

/// Whether a clip's file name is one `nln audio build` writes (no path, no dots but the
/// extension): nothing outside the audio folder can be named.
fn clip_name(name: &str) -> Option<&'static str> {
    let (stem, ext) = name.rsplit_once('.')?;
    let plain = !stem.is_empty() && stem.len() <= 64 && stem.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    match ext {
        "opus" if plain => Some("audio/ogg"),
        "mp3" if plain => Some("audio/mpeg"),
        _ => None,
    }
}

/// An audio clip (`.opus`, or the `.mp3` fallback beside it) of a locale, as the manifests
/// name it.
#[utoipa::path(get, path = "/v1/audio/{locale}/{file}", tag = "page",
    params(("locale" = String, Path, description = "Locale code"), ("file" = String, Path, description = "Clip file")),
    responses((status = 200, content_type = "audio/ogg", body = Vec<u8>),
              (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn audio(
    web: axum::extract::State<Arc<Web>>,
    Path((locale, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let not_found = || Problem::new(Kind::NotFound);
    let dir = web.audio_dir.as_ref().ok_or_else(not_found)?;
    let content_type = clip_name(&file).ok_or_else(not_found)?;
    if !web.localizers.contains_key(&locale) {
        return Err(not_found());
    }
    let path = dir.join(&locale).join(&file);
    let bytes = tokio::task::spawn_blocking(move || std::fs::read(path))
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or_else(not_found)?;
    // Clip names are content hashes: a name always means the same sound, so a browser keeps
    // it for a year without asking again.
    let etag = format!("\"{file}\"");
    let mut response = cached(&headers, &etag, content_type, PICTURE_CSP, bytes);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
    Ok(response)
}

/// Caching of a reply whose URL names its content: kept a year, never checked again.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The join link to draw as a QR code.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct JoinLink {
    /// The learner page's join link as the assessor view shows it:
    /// `https://HOST/#code=K7M2-QX9D&lang=fr`.
    #[param(
        max_length = 300,
        pattern = r"^https?://[A-Za-z0-9.:\[\]-]+/#code=-*([2-9A-HJKMNP-Za-hjkmnp-z]-*){8}&lang=[A-Za-z0-9-]{1,35}$"
    )]
    pub link: String,
}

/// Longest join link drawn (a host name and the fragment fit well within it).
const MAX_JOIN_LINK: usize = 300;

/// Whether `link` is a learner page's join link and nothing else: http(s), a plain host, the
/// root path, and a fragment with a well-formed join code and language tag. The route then
/// cannot be used to draw arbitrary text (a phishing link) under this service's name.
pub fn is_join_link(link: &str) -> bool {
    if link.len() > MAX_JOIN_LINK {
        return false;
    }
    let Some(rest) = link.strip_prefix("https://").or_else(|| link.strip_prefix("http://")) else {
        return false;
    };
    let Some((host, tail)) = rest.split_once('/') else {
        return false;
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    let Some(fragment) = tail.strip_prefix("#code=") else {
        return false;
    };
    let Some((code, lang)) = fragment.split_once("&lang=") else {
        return false;
    };
    let code_ok =
        code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') && secrets::normalize_join_code(code).is_some();
    let lang_ok = !lang.is_empty() && lang.len() <= 35 && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    host_ok && code_ok && lang_ok
}

/// The join link as a QR code (SVG), for the assessor view: a learner's phone camera opens
/// the page with the code filled in. Drawn here (the `qrcode` crate) so the page stays free
/// of an encoder; only join links are drawn, and the reply is not kept by caches.
#[utoipa::path(get, path = "/v1/join-qr", tag = "page", params(JoinLink),
    responses((status = 200, content_type = "image/svg+xml", body = String),
              (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn join_qr(axum::extract::Query(q): axum::extract::Query<JoinLink>) -> Result<Response, Problem> {
    if !is_join_link(&q.link) {
        return Err(Problem::new(Kind::BadRequest).text("reason", "link"));
    }
    let code = qrcode::QrCode::with_error_correction_level(q.link.as_bytes(), qrcode::EcLevel::M)
        .map_err(|_| Problem::new(Kind::BadRequest).text("reason", "link"))?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    let mut response = ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response();
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(PICTURE_CSP));
    Ok(response)
}

/// A reply that a browser keeps and checks again with `If-None-Match`.
fn cached(headers: &HeaderMap, etag: &str, content_type: &'static str, csp: &'static str, body: Vec<u8>) -> Response {
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, content_type)], body).into_response()
    };
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(etag) {
        h.insert(header::ETAG, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(csp));
    response
}

async fn page_file(web: axum::extract::State<Arc<Web>>, request: Request) -> Response {
    let path = request.uri().path();
    let Some(asset) = ASSETS.iter().find(|a| a.path == path) else {
        return Problem::new(Kind::NotFound).into_response();
    };
    let etag = web.etags.get(asset.path).map_or("", String::as_str);
    let body = web.html.get(asset.path).map_or(asset.bytes, Vec::as_slice);
    cached(request.headers(), etag, asset.content_type, PAGE_CSP, body.to_vec())
}

/// A page file under the folder named for the files' digest, as the HTML names it: the name
/// changes whenever any file does, so the browser keeps it a year without asking again. A
/// folder of another version (a page loaded before an upgrade) gets today's file, checked on
/// every visit.
async fn versioned_file(
    web: axum::extract::State<Arc<Web>>,
    Path((version, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let path = format!("/assets/{file}");
    let Some(asset) = ASSETS.iter().find(|a| a.path == path && !is_html(a)) else {
        return Problem::new(Kind::NotFound).into_response();
    };
    let etag = web.etags.get(asset.path).map_or("", String::as_str);
    let mut response = cached(&headers, etag, asset.content_type, PAGE_CSP, asset.bytes.to_vec());
    if version == web.version {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
    }
    response
}

/// Headers of every page response besides the policy and caching set per reply: as the API's.
async fn page_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    for (name, value) in [
        ("strict-transport-security", "max-age=63072000; includeSubDomains"),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"),
    ] {
        h.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    }
    // JSON data and problems are not kept, like every API reply.
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    response
}

/// What is compressed: every reply the page reads (HTML, scripts, styles, JSON, SVG) in gzip or
/// Brotli as the browser accepts; not audio (Opus and MP3 are compressed already), tiny replies
/// or event streams. On a throttled phone the first question waits on these bytes.
pub fn compression() -> CompressionLayer<And<DefaultPredicate, NotForContentType>> {
    CompressionLayer::new().compress_when(compressible())
}

fn compressible() -> And<DefaultPredicate, NotForContentType> {
    DefaultPredicate::new().and(NotForContentType::const_new("audio/"))
}

/// The page's routes; merge them with the API's.
pub fn router(web: Web, texts: Arc<Texts>) -> Router {
    let mut router = Router::new();
    for asset in ASSETS {
        router = router.route(asset.path, get(page_file));
    }
    router
        .route("/assets/{version}/{file}", get(versioned_file))
        .route("/v1/languages", get(languages))
        .route("/v1/page-texts", get(browser_page_texts))
        .route("/v1/page-texts/{language}", get(page_texts))
        .route("/v1/pictures/{folder}/{name}", get(picture))
        .route("/v1/audio/{locale}/{file}", get(audio))
        .route("/v1/join-qr", get(join_qr))
        .layer(middleware::from_fn_with_state(texts, problem::render))
        .layer(middleware::from_fn(page_headers))
        .with_state(Arc::new(web))
}

/// The page's data routes in the OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    paths(languages, browser_page_texts, page_texts, picture, audio, join_qr),
    tags((name = "page", description = "What the learner page and the assessor view read besides the API"))
)]
pub struct PageDoc;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_names_cannot_leave_the_audio_folder() {
        assert_eq!(clip_name("s9a91f4023070bbe3.opus"), Some("audio/ogg"));
        assert_eq!(clip_name("s9a91f4023070bbe3.mp3"), Some("audio/mpeg"));
        for bad in [
            "../x.opus",
            "a/b.opus",
            ".opus",
            "x.wav",
            "x..opus",
            "x.opus/",
            "%2e%2e.opus",
        ] {
            assert_eq!(clip_name(bad), None, "{bad}");
        }
    }

    /// A colour token of `web/style.css` (`--name: #rrggbb;`) as linear sRGB luminance.
    fn luminance(css: &str, name: &str) -> f64 {
        let needle = format!("--{name}: #");
        let start = css.find(&needle).unwrap_or_else(|| panic!("style.css lacks --{name}")) + needle.len();
        let hex = &css[start..start + 6];
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex colour")) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    fn contrast(css: &str, a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(css, a), luminance(css, b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// WCAG 2.2 AA: 4.5:1 for text on every background it is drawn on, 3:1 for the focus ring
    /// and control borders. axe skips text in connected scripts (Arabic, Persian, Urdu), so
    /// the tokens are checked here.
    #[test]
    fn colour_tokens_meet_wcag_aa_contrast() {
        let css = std::str::from_utf8(ASSETS.iter().find(|a| a.path == "/assets/style.css").unwrap().bytes).unwrap();
        for (text, background) in [
            ("ink", "paper"),
            ("ink", "soft"),
            ("muted", "paper"),
            ("muted", "soft"),
            ("accent", "paper"),
            ("accent", "soft"),
            ("accent-ink", "accent"),
            ("error", "paper"),
            ("ok", "paper"),
        ] {
            let ratio = contrast(css, text, background);
            assert!(ratio >= 4.5, "--{text} on --{background}: {ratio:.2}:1");
        }
        for (mark, background) in [
            ("focus", "paper"),
            ("focus", "soft"),
            ("line", "paper"),
            ("bar", "soft"),
        ] {
            let ratio = contrast(css, mark, background);
            assert!(ratio >= 3.0, "--{mark} on --{background}: {ratio:.2}:1");
        }
        // The check itself: black on white is 21:1, and a pale grey fails.
        assert!((contrast("--a: #000000; --b: #ffffff;", "a", "b") - 21.0).abs() < 1e-9);
        assert!(contrast("--a: #aaaaaa; --b: #ffffff;", "a", "b") < 4.5);
    }

    #[test]
    fn only_join_links_are_drawn() {
        assert!(is_join_link("https://nln.example.org/#code=K7M2-QX9D&lang=fr"));
        assert!(is_join_link("http://127.0.0.1:8080/#code=K7M2QX9D&lang=zh-Hans"));
        for bad in [
            "https://evil.example/login",
            "javascript:alert(1)//#code=K7M2-QX9D&lang=fr",
            "https://a/#code=K7M2-QX9D&lang=fr&next=https://evil",
            "https://a/b#code=K7M2-QX9D&lang=fr",
            "https://user@a/#code=K7M2-QX9D&lang=fr",
            "https://a/#code=K7M2&lang=fr",
            "https://a/#code=K7M2-QX9D&lang=",
            "https://a/?x=1#code=K7M2-QX9D&lang=fr",
            "",
        ] {
            assert!(!is_join_link(bad), "{bad}");
        }
        let long = format!("https://{}/#code=K7M2-QX9D&lang=fr", "a".repeat(300));
        assert!(!is_join_link(&long));
    }

    #[test]
    fn text_is_compressed_and_audio_is_not() {
        let reply = |content_type: &str, bytes: usize| {
            Response::builder()
                .header(header::CONTENT_TYPE, content_type)
                .body(axum::body::Body::from(vec![b'a'; bytes]))
                .unwrap()
        };
        let p = compressible();
        for kind in [
            "text/html; charset=utf-8",
            "text/javascript; charset=utf-8",
            "text/css; charset=utf-8",
            "application/json",
            "image/svg+xml",
        ] {
            assert!(p.should_compress(&reply(kind, 4096)), "{kind}");
        }
        assert!(!p.should_compress(&reply("audio/ogg", 4096)));
        assert!(!p.should_compress(&reply("audio/mpeg", 4096)));
        assert!(
            !p.should_compress(&reply("application/json", 8)),
            "tiny replies stay as they are"
        );
    }

    #[test]
    fn page_weight_stays_under_150_kb() {
        assert!(asset_bytes() <= 150 * 1024, "{} bytes", asset_bytes());
    }
}
