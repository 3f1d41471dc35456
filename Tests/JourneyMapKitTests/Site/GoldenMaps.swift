import TestSupport

/// The maps of the golden journey page: Journey Markdown section 9 with the experiment
/// of cli.md, notes with a heading, a custom field and a stage without touchpoints.
enum GoldenMaps {
    static let folder = MapsFolder(["people.md": people, "trail-running.md": journey])

    /// The library of Journey Markdown section 9, as in the other suites.
    static let people = SpecExample.people

    static let journey = """
        ---
        id: trail-running
        persona: trail-curious-hiker
        owner: E-commerce growth
        status: review
        tags: [footwear]
        x-jira: CXP-214
        ---

        # From hiking boots to trail running

        Customers who bought hiking boots and now browse trail running.

        ## Stage: Awareness
        - goal: Past boot buyers notice the new trail line
        - kpi: ad click-through: 0.8% -> 1.5%

        ### Touchpoint: Instagram ad {#ig-ad}
        - channel: social
        - action: Scrolls the feed and taps an ad
        - thought: Are these shoes for serious runners only?
        - emotion: curious
        - pain: The ad shows road shoes, not trail shoes
        - score: volume 5, influence 2, data 3
        - next: product-page 40%

        #### Tactic: Trail line for boot buyers
        - segment: boot-buyers
        - trigger: bought hiking boots in the last 12 months and viewed trail running
        - content: Lightweight trail shoes and "Top 5 trail routes in your region"
        - data: purchase history, browsing history
        - consent: consent
        - fallback: best-seller banner
        - impact: 4
        - effort: 2
        - confidence: 3
        - kpi: ad click-through: 0.8% -> 1.5%
        - experiment:
          - baseline: 3.1%
          - lift: 10%
          - traffic: 1200/day

        # Why boot buyers

        They already trust the brand.

        ## Stage: Purchase

        ### Touchpoint: Product page {#product-page}
        - channel: web
        - emotion: +1 confident
        - score: volume 4, influence 5, data 4
        - need: 5
        - value: 4
        - traffic: 1200/day

        #### Micro-moment: Comparing options
        - intent: compare two trail shoes side by side
        - type: buy
        - signal: more than 90 s on the comparison table

        ### Touchpoint: Cart {#cart}
        - channel: web
        - emotion: -1 anxious
        - pain: Delivery cost appears only at checkout
        - score: volume 3, influence 5, data 5
        - next: end

        ## Stage: Loyalty
        - action: Runs the first trail

        """
}
