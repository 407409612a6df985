//! Helpers shared by the CLI test binaries.

use std::path::Path;

/// Copies a folder tree (the shipped `assessments/` or `locales/`) so a test can change it.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A free loopback port for a server a test starts.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `nln serve` as a process on `port` and `database`, with no rate limits (tests send many
/// requests from one address) and any `extra` flags; killed when dropped.
pub fn spawn_server(database: &str, port: u16, extra: &[&str]) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_nln"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--database",
            database,
        ])
        .args(["--rate-limit", "0", "--sessions-per-hour", "0"])
        .args(extra)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap()
}

/// Waits until the server at `base` says it is ready (a minute at most).
pub async fn wait_ready(client: &reqwest::Client, base: &str) {
    let started = std::time::Instant::now();
    while !client
        .get(format!("{base}/readyz"))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success())
    {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "the server did not come up"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// The answer a learner gives to the item a view shows (the first choice shown, or every step
/// in the order shown), and how it is typed in `nln assess`.
pub fn answer_for(view: &serde_json::Value) -> Option<(serde_json::Value, String)> {
    let item = view.get("item").filter(|i| !i.is_null())?;
    let (answer, typed) = match item["input"].as_str().unwrap() {
        "put_in_order" => {
            let ids: Vec<serde_json::Value> = item["choices"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["ui_id"].clone())
                .collect();
            let typed: Vec<String> = ids.iter().map(|v| v.to_string()).collect();
            (serde_json::json!({"kind": "order", "ui_ids": ids}), typed.join(" "))
        }
        _ => (serde_json::json!({"kind": "pick", "ui_id": 1}), "1".to_string()),
    };
    Some((
        serde_json::json!({"seq": view["next_seq"], "item": item["item"], "answer": answer}),
        typed,
    ))
}

/// `nln` in English with `stdin` as its input, waited for.
pub fn nln_with_input(args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_nln"))
        .args(args)
        .env("NLN_LANG", "en")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("nln starts");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// A process's output as text, for assertions and their messages.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A tiny deterministic generator for simulated responses (no test dependency needed).
pub struct Lcg(pub u64);

impl Lcg {
    /// Uniform on (0, 1).
    pub fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.uniform(), self.uniform());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}
