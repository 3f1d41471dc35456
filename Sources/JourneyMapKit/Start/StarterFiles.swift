/// What `journeymap init` writes: a maps folder with a small, complete journey that
/// checks with no error and no warning (`--strict` included), the library of its
/// persona and segment, the settings file with every setting explained, and a GitHub
/// Actions workflow for the repository.
enum StarterFiles {
    static let journeyFile = "maps/first-order.md"
    static let peopleFile = "maps/people.md"
    static let settingsFile = "maps/journeymap.yml"
    static let workflowFile = ".github/workflows/journeymap.yml"

    /// Paths relative to the project folder, with their text.
    static var files: [(path: String, text: String)] {
        [(journeyFile, journey), (peopleFile, people), (settingsFile, settings), (workflowFile, StarterWorkflow.text)]
    }

    static let journey = """
        ---
        id: first-order
        persona: first-time-buyer
        owner: Your team
        status: draft
        tags: [starter]
        ---

        # From first visit to first order

        How someone who has never bought from us finds the shop, decides and orders. This
        starter map uses every kind of element once; make it your own journey, or delete it
        when you have one. `journeymap serve` shows the site while you edit.

        ## Stage: Discover
        - goal: People who never bought from us take a closer look
        - kpi: visits that reach a product page: 20% -> 30%

        ### Touchpoint: Search result {#search-result}
        - channel: search
        - action: Searches for the product and opens our listing
        - thought: Is this shop any good?
        - emotion: curious
        - opportunity: Show the star rating in the listing
        - score: volume 4, influence 2, data 2
        - next: product-page 60%, end 40%

        ## Stage: Decide
        - goal: Visitors trust us enough to order

        ### Touchpoint: Product page {#product-page}
        - channel: web
        - action: Compares sizes and reads reviews
        - emotion: +1 hopeful
        - pain: The delivery cost appears only at checkout
        - score: volume 5, influence 5, data 4
        - need: 4
        - value: 4
        - traffic: 1500/day
        - next: checkout 30%, end 70%

        #### Micro-moment: Which size fits? {#size-question}
        - intent: find the right size before ordering
        - type: know
        - signal: opens the size guide

        #### Tactic: Delivery cost beside the price
        - segment: first-time-visitors
        - trigger: a first-time visitor opens a product page
        - content: "Delivery 4.90, free from 50" next to the price
        - data: country of the visitor
        - consent: legitimate interest
        - fallback: the usual delivery note under the price
        - impact: 4
        - effort: 2
        - confidence: 3
        - kpi: product page to checkout: 12% -> 15%
        - experiment:
          - baseline: 12%
          - lift: 20%

        ## Stage: Order

        ### Touchpoint: Checkout {#checkout}
        - channel: web
        - action: Enters the address and pays
        - emotion: -1 anxious
        - pain: Has to create an account first
        - opportunity: Offer checkout as a guest
        - score: volume 3, influence 3, data 2
        - next: end

        """

    static let people = """
        ---
        status: draft
        ---

        # Personas and segments

        The people the journeys are about. A journey names its main persona in its front
        matter (`persona: first-time-buyer`); tactics name segments (`segment: ...`).

        ## Persona: First-time buyer
        - goal: Get the right product without risk
        - need: Clear prices before deciding
        - frustration: Surprise costs at checkout
        - quote: "I just want to know what I will pay."
        - segment: first-time-visitors

        ## Segment: First-time visitors
        - basis: behavioral
        - rule: no order in our shop yet
        - size: 65%

        """

    static let settings = """
        # journeymap settings for this maps folder. Every setting is optional: delete the
        # ones you do not need. Uncomment a line (remove the '#') to use it.

        # Touchpoint score criteria and their weights (default: volume, influence and
        # data, each weighing 1).
        # criteria:
        #   volume: 1
        #   influence: 2
        #   data: 1

        # The share of scored touchpoints flagged as focus touchpoints (default 20%).
        # focus: 20%

        # Channels added to the built-in ones (web, app, email, push, sms, social, ads,
        # search, store, in-person, phone, chat, mail, print, tv, event, partner, none).
        # channels: [kiosk]

        # The severity of a warning check: error, warning or off.
        # checks:
        #   tactic-no-fallback: error
        #   pain-no-answer: off

        site:
          # The title on every page of the site.
          title: Customer journeys

        """
}
