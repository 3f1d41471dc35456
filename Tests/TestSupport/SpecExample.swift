/// The example of Journey Markdown section 9: a library document and a journey.
public enum SpecExample {
    public static let people = """
        ---
        status: approved
        ---

        # People

        ## Persona: Trail-curious hiker
        - goal: Run the trails she already hikes
        - segment: boot-buyers

        ## Segment: Boot buyers
        - basis: behavioral
        - rule: bought hiking boots in the last 12 months

        """

    /// The journey; with `experiment`, the tactic gets the experiment of cli.md
    /// (`baseline: 3.1%`, `lift: 10%`, `traffic: 1200/day`) after its last key, which
    /// moves every line below line 35 down by 4.
    public static func journey(experiment: Bool = false) -> String {
        let tacticEnd = experiment
            ? "- kpi: ad click-through: 0.8% -> 1.5%\n- experiment:\n  - baseline: 3.1%\n  - lift: 10%\n  - traffic: 1200/day\n"
            : "- kpi: ad click-through: 0.8% -> 1.5%\n"
        return """
            ---
            id: trail-running
            persona: trail-curious-hiker
            owner: E-commerce growth
            status: review
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

            """ + tacticEnd + """

            ## Stage: Purchase

            ### Touchpoint: Product page {#product-page}
            - channel: web
            - emotion: +1 confident
            - score: volume 4, influence 5, data 4
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

            """
    }

    public static func folder(experiment: Bool = false) -> MapsFolder {
        MapsFolder(["people.md": people, "trail-running.md": journey(experiment: experiment)])
    }
}
