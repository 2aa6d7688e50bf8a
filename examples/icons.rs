//! Renders the application icon (`assets/icons/catchball.svg`) as the PNGs desktops ask for,
//! into `target/icons/hicolor/<n>x<n>/apps/catchball.png`, for the Debian package:
//! `cargo run --example icons && cargo deb`.

use std::path::Path;

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/icons/hicolor");
    for size in [32, 48, 64, 128, 256, 512] {
        let pixmap = catchball::app::render_icon(size)
            .ok_or_else(|| anyhow::anyhow!("the icon does not render at {size} px"))?;
        let dir = root.join(format!("{size}x{size}/apps"));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join("catchball.png");
        std::fs::write(&path, pixmap.encode_png()?)?;
        println!("{}", path.display());
    }
    Ok(())
}
