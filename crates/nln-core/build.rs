//! `include_dir!` tracks the files it embeds but not new ones: rebuild when a file is added to
//! the embedded content or locale folders (cargo scans directories recursively).

fn main() {
    println!("cargo:rerun-if-changed=../../assessments");
    println!("cargo:rerun-if-changed=../../locales");
}
