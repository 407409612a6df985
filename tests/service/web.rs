//! The learner page and the assessor view as `nln serve` sends them: embedded files with the
//! page's content security policy, content types and revalidation, and the page's read-only
//! data routes (texts, languages, pictures, clips) with their errors as problems.

use crate::harness::{Backend, TestServer};
use nln_server::api::Limits;
use reqwest::{Method, StatusCode};

fn header<'a>(reply: &'a crate::harness::Reply, name: &str) -> &'a str {
    reply.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

#[tokio::test]
async fn pages_are_served_with_a_strict_policy_and_revalidated() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    for (path, kind) in [
        ("/", "text/html"),
        ("/assessor", "text/html"),
        ("/assets/learner.js", "text/javascript"),
        ("/assets/style.css", "text/css"),
    ] {
        let r = server.call(Method::GET, path, None, &[], None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(header(&r, "content-type").starts_with(kind), "{path}");
        let csp = header(&r, "content-security-policy");
        assert!(
            csp.contains("script-src 'self';") && !csp.contains("unsafe"),
            "{path}: {csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(header(&r, "x-content-type-options"), "nosniff");
        assert_eq!(header(&r, "cache-control"), "no-cache");
        let etag = header(&r, "etag").to_string();
        assert!(etag.starts_with('"'), "{path}");
        let again = server
            .call(Method::GET, path, None, &[("if-none-match", &etag)], None)
            .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{path}");
    }
    let html = server.call(Method::GET, "/", None, &[], None).await.text;
    assert!(!html.contains("<script>"), "no inline script");
    // The page names its files under a folder that changes with their content: those are kept
    // a year, and the page itself is checked on every visit.
    let needle = r#"<script type="module" src="/assets/"#;
    let start = html.find(needle).expect("the learner script") + needle.len();
    let (version, rest) = html[start..].split_once('/').unwrap();
    assert!(rest.starts_with("learner.js\""), "{rest}");
    assert_eq!(version.len(), 16);
    assert!(
        !html.contains(r#""/assets/style.css""#),
        "every file by its versioned name"
    );
    for file in ["learner.js", "texts.js", "style.css"] {
        let r = server
            .call(Method::GET, &format!("/assets/{version}/{file}"), None, &[], None)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{file}");
        assert_eq!(header(&r, "cache-control"), "public, max-age=31536000, immutable");
        let plain = server
            .call(Method::GET, &format!("/assets/{file}"), None, &[], None)
            .await;
        assert_eq!(r.text, plain.text);
        // A page from before an upgrade names another folder: today's file, checked again.
        let old = server
            .call(
                Method::GET,
                &format!("/assets/0000000000000000/{file}"),
                None,
                &[],
                None,
            )
            .await;
        assert_eq!(
            (old.status, header(&old, "cache-control")),
            (StatusCode::OK, "no-cache")
        );
    }
    server
        .call(Method::GET, &format!("/assets/{version}/index.html"), None, &[], None)
        .await
        .assert_problem(404);
    assert!(nln_server::web::asset_bytes() <= 150 * 1024);
    server
        .call(Method::GET, "/assets/../Cargo.toml", None, &[], None)
        .await
        .assert_problem(404);
}

/// What the page reads is sent compressed to a browser that accepts it (Brotli or gzip), and
/// as is to a client that does not.
#[tokio::test]
async fn the_page_and_its_data_are_compressed() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    for path in [
        "/",
        "/assets/learner.js",
        "/assets/style.css",
        "/v1/page-texts/fr",
        "/v1/pictures/screens/phone-home.svg",
    ] {
        let plain = server.call(Method::GET, path, None, &[], None).await;
        assert_eq!(header(&plain, "content-encoding"), "", "{path}");
        for (accepted, encoding) in [("br, gzip", "br"), ("gzip", "gzip")] {
            // The client does not decompress: the bytes are those on the wire.
            let packed = server
                .client
                .get(format!("{}{path}", server.base))
                .header("accept-encoding", accepted)
                .send()
                .await
                .unwrap();
            assert_eq!(packed.status(), StatusCode::OK, "{path}");
            let value = |name: &str| {
                packed
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_ascii_lowercase()
            };
            assert_eq!(value("content-encoding"), encoding, "{path}");
            assert!(value("vary").contains("accept-encoding"), "{path}");
            let sent = packed.bytes().await.unwrap().len();
            assert!(
                sent * 4 < plain.text.len() * 3,
                "{path}: {sent} of {} bytes",
                plain.text.len()
            );
        }
    }
}

#[tokio::test]
async fn page_texts_come_in_the_learners_language_and_direction() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let ar = server.call(Method::GET, "/v1/page-texts/ar", None, &[], None).await;
    assert_eq!(ar.status, StatusCode::OK);
    assert_eq!(header(&ar, "cache-control"), "no-store");
    let ar = ar.json();
    assert_eq!(ar["locale"], "ar");
    assert_eq!(ar["direction"], "rtl");
    assert_eq!(ar["messages"]["web-language-name"]["text"], "العربية");
    assert_eq!(ar["messages"]["answer-dont-know"]["locale"], "ar");
    let number = ar["messages"]["web-question-number"]["text"].as_str().unwrap();
    assert!(number.contains(nln_server::web::NUMBER_SLOT), "{number}");
    assert!(ar["pictures"]["screens/incoming-call.svg"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
    // Dari by its alias, French by a regional tag.
    let prs = server
        .call(Method::GET, "/v1/page-texts/fa-AF", None, &[], None)
        .await
        .json();
    assert_eq!(prs["locale"], "prs");
    let fr = server
        .call(Method::GET, "/v1/page-texts/fr-CA", None, &[], None)
        .await
        .json();
    assert_eq!(fr["messages"]["web-join-button"]["text"], "Commencer");
    server
        .call(
            Method::GET,
            "/v1/page-texts/xx-unknown",
            None,
            &[("accept-language", "fr")],
            None,
        )
        .await
        .assert_problem(422);
    // Without a language in the path: the browser's first language, else the default.
    for (accepted, locale) in [("ar, en;q=0.5", "ar"), ("fa-AF", "prs"), ("xx", "en"), ("", "en")] {
        let r = server
            .call(
                Method::GET,
                "/v1/page-texts",
                None,
                &[("accept-language", accepted)],
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{accepted}");
        assert_eq!(header(&r, "vary"), "accept-language");
        assert_eq!(r.json()["locale"], locale, "{accepted}");
    }
    let languages = server.call(Method::GET, "/v1/languages", None, &[], None).await.json();
    let codes: Vec<&str> = languages
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 15);
    assert!(codes.contains(&"ar") && codes.contains(&"zh-Hans"));
}

#[tokio::test]
async fn pictures_and_clips_are_served_and_nothing_else() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let svg = server
        .call(Method::GET, "/v1/pictures/screens/incoming-call.svg", None, &[], None)
        .await;
    assert_eq!(svg.status, StatusCode::OK);
    assert_eq!(header(&svg, "content-type"), "image/svg+xml");
    assert!(svg.text.contains("<svg"));
    assert!(!header(&svg, "content-security-policy").contains("script"));
    server
        .call(Method::GET, "/v1/pictures/screens/no-such.svg", None, &[], None)
        .await
        .assert_problem(404);
    // Without an audio folder, and for names outside it, there is no clip.
    for path in [
        "/v1/audio/en/s9a91f4023070bbe3.opus",
        "/v1/audio/en/..%2F..%2Fetc%2Fpasswd",
        "/v1/audio/xx/a.opus",
    ] {
        server
            .call(Method::GET, path, None, &[], None)
            .await
            .assert_problem(404);
    }
}

/// The assessor view's QR code is the join link: the SVG the service sends, drawn into pixels
/// and read by a QR decoder (`rqrr`), gives the link back. Anything but a join link is refused.
#[tokio::test]
async fn the_join_qr_code_reads_back_as_the_link() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    for link in [
        "http://127.0.0.1:8080/#code=K7M2-QX9D&lang=ar",
        "https://nln.agency.example.org/#code=23456789&lang=zh-Hans",
    ] {
        let path = format!("/v1/join-qr?link={}", percent(link));
        let r = server.call(Method::GET, &path, None, &[], None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        assert_eq!(header(&r, "content-type"), "image/svg+xml");
        assert_eq!(header(&r, "cache-control"), "no-store");
        assert_eq!(decode_svg_qr(&r.text), link);
    }
    for bad in [
        "https://evil.example/login",
        "https://a/#code=K7M2-QX9D&lang=fr&next=x",
        "https://a/#code=K7M2-QX9&lang=fr",
    ] {
        let path = format!("/v1/join-qr?link={}", percent(bad));
        server
            .call(Method::GET, &path, None, &[], None)
            .await
            .assert_problem(400);
    }
    server
        .call(Method::GET, "/v1/join-qr", None, &[], None)
        .await
        .assert_problem(400);
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Draws the `qrcode` crate's SVG (one path of `M x y h w v h H x V y` rectangles on a white
/// square) into a bitmap and decodes it.
fn decode_svg_qr(svg: &str) -> String {
    let attr = |name: &str| -> usize {
        let start = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        svg[start..].split('"').next().unwrap().parse().unwrap()
    };
    let (w, h) = (attr("width"), attr("height"));
    let d = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    let mut dark = vec![false; w * h];
    for rect in d.split('M').filter(|r| !r.is_empty()) {
        let numbers: Vec<usize> = rect
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect();
        let (x, y, rw, rh) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        for row in y..y + rh {
            for col in x..x + rw {
                dark[row * w + col] = true;
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(w, h, |x, y| dark[y * w + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    grids[0].decode().unwrap().1
}
