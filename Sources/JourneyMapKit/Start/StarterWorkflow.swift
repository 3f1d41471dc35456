/// The GitHub Actions workflow `journeymap init` writes: the maps are checked on every
/// pull request and push (findings as annotations, `--format github`), and the site is
/// built and published to GitHub Pages from the main branch. journeymap is built from
/// source at a pinned version; the built tool and the diagram cache are kept between
/// runs with `actions/cache`.
enum StarterWorkflow {
    /// Where the built tool is kept, inside the checkout (cached between runs).
    static let toolFolder = ".journeymap-tool"
    /// The diagram cache of `journeymap build`, kept between runs.
    static let diagramCache = "~/.cache/journeymap"

    static var text: String {
        """
        # journeymap: checks the maps on every pull request and publishes the site to
        # GitHub Pages from the main branch. Written by `journeymap init`; edit freely.
        #
        # Before the first run: set JOURNEYMAP_REPOSITORY below to the journeymap
        # repository to build from, and choose "GitHub Actions" as the source in the
        # repository's Settings > Pages.
        name: journeymap

        on:
          pull_request:
          push:
            branches: [main]
          workflow_dispatch:

        env:
          # The journeymap source the maps are checked and built with, at a pinned
          # version (a tag, branch or commit of that repository).
          JOURNEYMAP_REPOSITORY: https://example.invalid/journeymap.git
          JOURNEYMAP_VERSION: v\(ToolVersion.current)
          # The maps folder, relative to the repository root.
          MAPS: maps

        permissions:
          contents: read

        concurrency:
          group: journeymap-${{ github.ref }}
          cancel-in-progress: true

        jobs:
          site:
            name: Check the maps and build the site
            runs-on: ubuntu-latest
            container: swift:6.3
            steps:
              - uses: actions/checkout@v4

              - name: Install cmark and Graphviz
                run: |
                  apt-get update -qq
                  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git libcmark-dev libgraphviz-dev pkg-config

              - name: Restore the journeymap build
                uses: actions/cache@v4
                with:
                  path: \(toolFolder)
                  key: journeymap-tool-${{ runner.os }}-${{ env.JOURNEYMAP_VERSION }}

              - name: Build journeymap
                run: |
                  if [ ! -x \(toolFolder)/bin/journeymap ]; then
                    git clone --quiet --depth 1 --branch "$JOURNEYMAP_VERSION" "$JOURNEYMAP_REPOSITORY" \(toolFolder)/src
                    swift build -c release --product journeymap --package-path \(toolFolder)/src
                    mkdir -p \(toolFolder)/bin
                    cp "$(swift build -c release --package-path \(toolFolder)/src --show-bin-path)/journeymap" \(toolFolder)/bin/
                    rm -rf \(toolFolder)/src
                  fi
                  echo "$PWD/\(toolFolder)/bin" >> "$GITHUB_PATH"

              - name: Check the maps
                run: journeymap check --maps "$MAPS" --format github

              - name: Restore the diagram cache
                if: github.event_name != 'pull_request'
                uses: actions/cache@v4
                with:
                  path: \(diagramCache)
                  key: journeymap-diagrams-${{ github.sha }}
                  restore-keys: journeymap-diagrams-

              - name: Build the site
                if: github.event_name != 'pull_request'
                run: journeymap build --maps "$MAPS" --output _site

              - name: Upload the site
                if: github.event_name != 'pull_request'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          publish:
            name: Publish the site to GitHub Pages
            if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
            needs: site
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - name: Deploy
                id: deployment
                uses: actions/deploy-pages@v4

        """
    }
}
