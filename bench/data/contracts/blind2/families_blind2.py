"""Blind-written passage families for the blind2 contract-review evaluation set.

Every sentence below was written fresh for this set, without sight of the
reviewer's rules, its shipped passages or the earlier contract benchmark.
Each family is (area, quality, red-flag codes, [(text, terms), ...]); "other"
families also carry the section headings they are filed under and whether they
belong near the end of a contract.
"""

NT, DU, RT, SP, SE, BR, AU, SL, OT = (
    "non_training",
    "data_use",
    "retention",
    "subprocessors",
    "security",
    "breach_notification",
    "audit_rights",
    "sla",
    "other",
)

FAMILIES = [
    # ------------------------------------------------------------------
    # non_training: strong
    # ------------------------------------------------------------------
    dict(
        area=NT,
        q="strong",
        codes=[],
        v=[
            (
                "Provider shall not use Customer Data, Prompts, Outputs, Embeddings, Derived Data, usage metadata or Feedback to train, retrain, fine-tune, evaluate, distil or otherwise improve any machine-learning model or product, whether its own or a third party's, and shall not mine Prompts for any such purpose. Any such use requires a separate written authorisation, signed by Customer, that names the dataset and the purpose. Where this Agreement is unclear as to whether a use is permitted, the use is not permitted.",
                {},
            ),
            (
                "The Supplier must not use Authority Data, or any prompt, output, embedding, metadata, feedback or other material derived from it, for the training, fine-tuning, evaluation or distillation of any model, for prompt mining, or to improve any product. The sole exception is a separate agreement signed by the Authority identifying the specific dataset and purpose. Any ambiguity in this clause shall be resolved against secondary use.",
                {},
            ),
            (
                "Contractor will not train, re-train, fine-tune, test, distil or improve any model or service using Client Materials or anything generated from or about them, including inputs, completions, vector embeddings, derived records, metadata and user ratings, and will not mine inputs for product insight. Only a stand-alone authorisation executed by Client, naming the dataset and purpose, can permit otherwise; silence or ambiguity means no use.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="strong",
        codes=[],
        v=[
            (
                "We will never use your content to train, fine-tune, test or improve our models or anyone else's. 'Your content' includes what you type in, what the service gives back, and anything we work out from it: embeddings, metadata, ratings and other feedback. If you ever want us to use a particular dataset for a particular purpose, we'll need a separate agreement signed by you that says so, and if anything here is unclear, the answer is no.",
                {},
            ),
            (
                "Nothing you send us or get back from us, and nothing we derive from it (embeddings, logs, metadata, thumbs-up and thumbs-down feedback), will be used to train, fine-tune, evaluate, distil or improve any model or product, and we don't mine your prompts. The only way that changes is a separate document, signed by you, naming the dataset and the purpose. Where this section is unclear, we read it as not allowing the use.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="strong",
        codes=[],
        v=[
            (
                "The Processor shall not use Controller Personal Data, or any input, output, embedding, derived data, metadata or feedback relating to it, to improve, enhance, benchmark, evaluate, fine-tune or train any model, service or product, including its general-purpose models, and shall not carry out prompt mining. The Controller may authorise a specific use only by a separately signed instrument identifying the dataset and purpose; absent such an instrument, no secondary use is permitted.",
                {},
            ),
            (
                "For the avoidance of doubt, Vendor will not improve or enhance its products, run benchmarking exercises, or train, fine-tune, evaluate or distil any model using Client Materials or any prompt, completion, embedding, metadata, feedback or other data derived from them. Only a separate authorisation signed by Client, naming both the dataset and the purpose, can permit such use, and any doubt is resolved in favour of no use.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="strong",
        codes=[],
        v=[
            (
                "Model training restrictions. (a) Customer Content, and all prompts, outputs, embeddings, metadata and feedback relating to it, are excluded from every training, fine-tuning, evaluation, distillation and product-improvement activity; (b) there is no opt-out to manage, because there is no default use; (c) any exception requires a separate instrument signed by Customer that names the dataset and the purpose; (d) if this clause is ambiguous, it is read as prohibiting the use.",
                {},
            ),
            (
                "Vendor confirms that: (i) no model, whether shared or dedicated to Customer, is trained, fine-tuned, evaluated or distilled on Customer Data or on any input, output, embedding, derived dataset, metadata or feedback; (ii) none of that material is mined to improve products or services; (iii) these restrictions can be lifted only by a separate signed authorisation describing the dataset and the purpose; and (iv) any uncertainty is resolved in favour of no use.",
                {},
            ),
        ],
    ),
    # non_training: weak
    dict(
        area=NT,
        q="weak",
        codes=[],
        v=[
            ("Vendor will not use Customer Data to train its artificial intelligence models.", {}),
            (
                "The Supplier shall not use Authority Data for the purpose of training machine learning models.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="weak",
        codes=[],
        v=[
            ("We do not use the prompts you submit to train our models.", {}),
            (
                "Prompts entered by Users will not be used as training data for Provider's language models.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="weak",
        codes=[],
        v=[
            (
                "Customer Content will not be used to train any model that Provider makes available to its other customers.",
                {},
            ),
            (
                "Processor shall not use Personal Data to train generally available models offered to third parties.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="weak",
        codes=[],
        v=[
            (
                "Client Materials shall not be used to fine-tune the foundation models underlying the Platform.",
                {},
            ),
            (
                "The Contractor will not fine-tune its base models on inputs supplied by the Authority.",
                {},
            ),
        ],
    ),
    # non_training: red flags (improvement carve-out)
    dict(
        area=NT,
        q="red_flag",
        codes=["non_training.improvement_carveout"],
        v=[
            (
                "We don't use your content to train our AI models. We may, however, use it to improve and develop our services.",
                {},
            ),
            (
                "Provider shall not use Customer Data to train artificial intelligence models; provided that Provider may use Customer Data to maintain, enhance and develop the Services and its other products.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="red_flag",
        codes=["non_training.improvement_carveout"],
        v=[
            (
                "Client Materials are not used as training data. Vendor may nonetheless draw on Client Materials, including prompts and outputs, to refine the accuracy and quality of its features and to build new ones.",
                {},
            ),
            (
                "The Supplier will not train models on Authority Data, but may study Authority Data and the responses generated from it to tune the relevance of answers and to shape future releases of the Service.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="red_flag",
        codes=["non_training.improvement_carveout"],
        v=[
            (
                "Notwithstanding anything to the contrary, Vendor shall not use Customer Content to train, fine-tune or evaluate any model, save that Vendor may use Customer Content and usage patterns derived from it to make the Services better for all of its customers.",
                {},
            ),
            (
                "Personal Data shall not be used for model training, although the Processor may use derived insights, usage information and feedback to evolve and upgrade its product offering.",
                {},
            ),
            (
                "Your data stays out of our training sets. What we learn from how you use the product, including what you ask it, feeds into our roadmap and our service enhancements.",
                {},
            ),
        ],
    ),
    # non_training: red flags (opt-out)
    dict(
        area=NT,
        q="red_flag",
        codes=["non_training.opt_out"],
        v=[
            (
                "Provider may use Customer Data to train and refine its models unless Customer opts out by written notice to Provider.",
                {},
            ),
            (
                "Unless you opt out in your account settings, we may use your conversations to train our models.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="red_flag",
        codes=["non_training.opt_out"],
        v=[
            (
                "The 'Contribute to model quality' setting is switched on for new workspaces. An administrator can switch it off at any time, after which content submitted from then on is left out of training.",
                {},
            ),
            (
                "Model learning is enabled by default for all Client accounts; Client may disable it by contacting Vendor support.",
                {},
            ),
        ],
    ),
    dict(
        area=NT,
        q="red_flag",
        codes=["non_training.opt_out"],
        v=[
            (
                "The Supplier may include Authority Data in the datasets used to develop its models, except where the Authority has told the Supplier in writing that it does not wish to take part.",
                {},
            ),
            (
                "Processor may use Personal Data to fine-tune the models underlying the Services where the Controller has not exercised the exclusion right described in Annex 3.",
                {},
            ),
            (
                "Customer may elect, at any time, to exclude its Prompts and Outputs from future training runs; until such an election is made, Vendor may use them for that purpose.",
                {},
            ),
        ],
    ),
    # ------------------------------------------------------------------
    # data_use
    # ------------------------------------------------------------------
    dict(
        area=DU,
        q="strong",
        codes=[],
        v=[
            (
                "Vendor shall process Customer Data only to provide and support the Services, to keep them secure, to investigate and respond to incidents, and to comply with applicable law. Vendor shall not sell, rent or disclose Customer Data to any third party, combine it with data from other sources, or use it to infer health status, ethnicity, religion, sexual orientation or any other sensitive characteristic. Service telemetry is limited to non-content operational metrics such as latency, error rates and uptime.",
                {},
            ),
            (
                "The Supplier shall process Authority Data solely for delivery of the Services, security, incident handling and compliance with its legal obligations. It must not sell, share, combine or enrich Authority Data, nor derive from it any inference about a data subject's sensitive characteristics. Any telemetry collected shall be confined to non-content measures (response times, error counts and availability).",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="strong",
        codes=[],
        v=[
            (
                "We use your data for four things only: running the service for you, keeping it secure, dealing with incidents, and meeting our legal obligations. We never sell it, hand it to advertisers or data brokers, mix it with other data, or use it to guess sensitive things about people. The only telemetry we keep is about how the service performs, such as response time, errors and uptime, and never includes your content.",
                {},
            ),
            (
                "Your information is used to deliver the service, protect it, handle security incidents and comply with the law, and for nothing else. We don't sell it, disclose it, merge it with other datasets, or draw conclusions from it about anyone's health, beliefs or other sensitive traits. Our performance monitoring records latency, failures and uptime, not what you type or what comes back.",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="strong",
        codes=[],
        v=[
            (
                "Processor shall not use Personal Data for analytics, benchmarking, A/B testing, research or cross-customer comparison. Processing is limited to service delivery, security, incident response and legal obligations; Processor shall not sell, disclose or combine Personal Data or infer special-category traits from it, and shall confine operational telemetry to non-content measures such as latency, errors and availability.",
                {},
            ),
            (
                "No analytics, benchmarking or experimentation of any kind is carried out on Client Materials. Vendor uses Client Materials solely to deliver the Services, secure them, handle incidents and meet legal requirements, and never sells, discloses, combines or draws sensitive inferences from them. Telemetry is restricted to latency, error and uptime metrics that contain no Client content.",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="strong",
        codes=[],
        v=[
            (
                "Permitted purposes (exhaustive): (1) delivering the Services ordered; (2) securing the Services; (3) detecting and handling incidents; (4) complying with legal duties. Prohibited: sale, disclosure, combination with other datasets, and inference of sensitive characteristics. Telemetry: non-content metrics only (latency, errors, uptime).",
                {},
            ),
            (
                "Schedule 2 (Purpose Limitation). The Contractor may process Authority Data for the following purposes and no others: provision of the Services; maintaining their security; managing incidents; meeting statutory obligations. The Contractor shall not sell or disclose Authority Data, link it with other data, or infer protected characteristics from it. Monitoring data is limited to latency, error and availability figures and excludes content.",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="weak",
        codes=[],
        v=[
            (
                "Provider will process Customer Data in accordance with this Agreement and applicable law.",
                {},
            ),
            (
                "The Supplier shall only process Authority Data as permitted by this Contract and the Data Protection Legislation.",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="weak",
        codes=[],
        v=[
            ("We will not sell your personal information.", {}),
            ("Vendor shall not sell or rent Customer Data to third parties.", {}),
        ],
    ),
    dict(
        area=DU,
        q="weak",
        codes=[],
        v=[
            ("Vendor uses Client Materials primarily to provide the Services to Client.", {}),
            (
                "Personal Data will be processed mainly for the purpose of delivering the Services.",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="weak",
        codes=[],
        v=[
            (
                "Our use of your information is described in our Privacy Policy, which forms part of these terms.",
                {},
            ),
            (
                "Provider's handling of Customer Data is as set out in Provider's Privacy Notice, as updated from time to time.",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="red_flag",
        codes=["data_use.broad_analytics"],
        v=[
            (
                "Provider may use Customer Data for analytics, benchmarking and research purposes.",
                {},
            ),
            ("We may analyse your content to produce benchmarks and industry reports.", {}),
        ],
    ),
    dict(
        area=DU,
        q="red_flag",
        codes=["data_use.broad_analytics"],
        v=[
            (
                "Vendor may compare Client Materials across its customer base to generate insights into how organisations like Client use the Services, and may share those insights in aggregated form.",
                {},
            ),
            (
                "The Supplier may examine Authority Data alongside data from its other clients in order to produce comparative performance indicators.",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="red_flag",
        codes=["data_use.broad_analytics"],
        v=[
            (
                "We may show different versions of a feature to different users and study their inputs and results to see which version works better.",
                {},
            ),
            (
                "Provider reserves the right to run controlled experiments on the Service, including by routing Customer prompts through alternative processing paths and measuring the outcomes.",
                {},
            ),
        ],
    ),
    dict(
        area=DU,
        q="red_flag",
        codes=["data_use.broad_analytics"],
        v=[
            (
                "Processor shall process Personal Data only on documented instructions, except that Processor may use de-identified Personal Data for statistical research and to study usage trends across its client base.",
                {},
            ),
            (
                "Vendor processes Customer Content solely to provide the Services and for such research into and analysis of that content as Vendor may from time to time undertake.",
                {},
            ),
        ],
    ),
    # ------------------------------------------------------------------
    # retention
    # ------------------------------------------------------------------
    dict(
        area=RT,
        q="strong",
        codes=[],
        v=[
            (
                "Inputs and outputs are deleted 30 days after processing and system logs after 90 days. Deletion extends to all backups, replicas and derived data within the same windows, and within 30 days of termination Vendor shall certify in writing the destruction of all Customer Data.",
                {"retention_days": 90},
            ),
            (
                "Prompts and completions are retained for no more than 14 days and audit logs for no more than 180 days, after which they are erased from production systems, replicas and backups alike, together with any support artefacts and derived data. On expiry or termination the Supplier shall provide a certificate of destruction signed by an authorised officer.",
                {"retention_days": 180},
            ),
        ],
    ),
    dict(
        area=RT,
        q="strong",
        codes=[],
        v=[
            (
                "Backups are deleted within 35 days. Prompts and outputs are purged from primary storage 7 days after processing and logs after 21 days, and every copy, including replicas, backup sets and derived indexes, is gone within 35 days; on termination Provider issues a written certificate of destruction.",
                {"retention_days": 35},
            ),
            (
                "Client inputs and outputs are removed from production within ten days of processing and logs within thirty days, and every copy held in backups, replicas, support tickets or derived embeddings is removed within forty-five days. At termination Vendor will confirm the erasure of every copy by certificate.",
                {"retention_days": 45},
            ),
        ],
    ),
    dict(
        area=RT,
        q="strong",
        codes=[],
        v=[
            (
                "Retention schedule: inputs, 7 days; outputs, 7 days; application logs, 30 days; backups and replicas, 35 days; support artefacts and derived data, 30 days. At the end of each period the data is destroyed, and a certificate of destruction is issued on termination.",
                {"retention_days": 35},
            ),
            (
                "Retention periods: prompts, 24 hours; responses, 24 hours; security logs, one year; encrypted backups, 30 days; derived data is deleted with its source. The Processor shall furnish a certificate of destruction upon termination.",
                {"retention_days": 365},
            ),
        ],
    ),
    dict(
        area=RT,
        q="strong",
        codes=[],
        v=[
            (
                "We don't keep anything open-ended. What you send and what we return is deleted after 30 days, logs after 60 days, and backups and copies in other regions roll off within 90 days. Anything we derive from your data goes with it, and when the contract ends we'll delete everything and send you a signed certificate saying so.",
                {"retention_days": 90},
            ),
            (
                "No data is kept for general business purposes: inputs and outputs are erased after 7 days, logs after 30 days, and backups, replicas and derived data within 60 days. We'll send you a certificate of destruction when the contract ends.",
                {"retention_days": 60},
            ),
        ],
    ),
    dict(
        area=RT,
        q="weak",
        codes=[],
        v=[
            (
                "Upon termination of this Agreement, Provider will delete Customer Data within 90 days.",
                {"retention_days": 90},
            ),
            (
                "Within sixty days following expiry or termination, the Supplier shall delete the Authority Data.",
                {"retention_days": 60},
            ),
        ],
    ),
    dict(
        area=RT,
        q="weak",
        codes=[],
        v=[
            ("Access logs are retained for 12 months and then deleted.", {"retention_days": 365}),
            ("Service logs are kept for thirty days.", {"retention_days": 30}),
        ],
    ),
    dict(
        area=RT,
        q="weak",
        codes=[],
        v=[
            (
                "Vendor will delete Client Materials within a reasonable period after Client requests deletion.",
                {},
            ),
            (
                "Following termination, we'll remove your data from our systems within a reasonable time.",
                {},
            ),
        ],
    ),
    dict(
        area=RT,
        q="weak",
        codes=[],
        v=[
            (
                "On termination, the Processor shall, at the Controller's choice, return or destroy the Personal Data.",
                {},
            ),
            (
                "At the end of the Term, the Contractor shall return all Authority Data to the Authority or destroy it, as the Authority directs.",
                {},
            ),
        ],
    ),
    dict(
        area=RT,
        q="red_flag",
        codes=["retention.as_long_as_necessary"],
        v=[
            (
                "Provider will retain Customer Data for as long as necessary to provide the Services and for its legitimate business purposes.",
                {},
            ),
            ("We keep your content for as long as we need it.", {}),
        ],
    ),
    dict(
        area=RT,
        q="red_flag",
        codes=["retention.as_long_as_necessary"],
        v=[
            (
                "Retention periods for Client Materials are determined by Vendor under its internal data management policy, which Vendor may revise from time to time.",
                {},
            ),
            (
                "The Supplier shall keep Authority Data for such period as the Supplier considers appropriate having regard to its operational requirements.",
                {},
            ),
        ],
    ),
    dict(
        area=RT,
        q="red_flag",
        codes=["retention.as_long_as_necessary"],
        v=[
            (
                "Personal Data will be held until it is no longer required for the purposes for which it was collected.",
                {},
            ),
            (
                "Customer Content remains stored until Vendor determines that it is no longer useful.",
                {},
            ),
        ],
    ),
    dict(
        area=RT,
        q="red_flag",
        codes=["retention.backups_excluded"],
        v=[
            (
                "Upon termination, Provider will delete Customer Data from its active systems; data held in backups is not subject to this obligation and will age out in the ordinary course.",
                {},
            ),
            (
                "We'll delete your data when you ask, but copies in our backup archives aren't covered and may persist.",
                {},
            ),
        ],
    ),
    dict(
        area=RT,
        q="red_flag",
        codes=["retention.backups_excluded"],
        v=[
            ("Deletion under this clause means removal from the live production environment.", {}),
            (
                "The Supplier's deletion obligations apply to the primary database only; disaster-recovery copies and secondary replicas fall outside their scope.",
                {},
            ),
        ],
    ),
    dict(
        area=RT,
        q="red_flag",
        codes=["retention.backups_excluded"],
        v=[
            (
                "Vendor shall erase Client Materials upon termination, save for copies held in archival or disaster-recovery systems, which Vendor may retain until they are overwritten in the normal rotation.",
                {},
            ),
            (
                "Processor shall delete Personal Data at the end of the processing, it being acknowledged that Processor is not required to purge backup tapes or replicated stores.",
                {},
            ),
        ],
    ),
    dict(
        area=RT,
        q="red_flag",
        codes=["retention.as_long_as_necessary", "retention.backups_excluded"],
        v=[
            (
                "Vendor retains Customer Data for as long as it has a business need, and deletion, when it occurs, does not extend to backup copies.",
                {},
            ),
            (
                "We hold on to your information for as long as reasonably necessary; backups are kept separately and are not deleted on request.",
                {},
            ),
        ],
    ),
    # ------------------------------------------------------------------
    # subprocessors
    # ------------------------------------------------------------------
    dict(
        area=SP,
        q="strong",
        codes=[],
        v=[
            (
                "Vendor's current subprocessors are listed in Annex 2. Vendor shall give Customer at least 30 days' written notice before adding or replacing a subprocessor, and Customer may object on reasonable grounds within that period, in which case Customer may terminate the affected Services without penalty and receive a pro-rata refund. Vendor shall impose on each subprocessor data protection obligations no less protective than those in this Agreement and remains fully liable for its subprocessors' acts and omissions.",
                {},
            ),
            (
                "The Supplier's approved Sub-processors at the Effective Date are set out in Schedule 4. The Supplier shall give the Authority not less than forty-five days' notice of any intended change, during which the Authority may object; if the objection is not resolved, the Authority may terminate the relevant part of the Services at no cost. The Supplier shall flow down equivalent obligations to each Sub-processor, shall ensure that Authority Data is processed only in the UK or in countries with adequate safeguards, and remains liable for every Sub-processor.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="strong",
        codes=[],
        v=[
            (
                "Every company that helps us process your data is named in the list at the end of this agreement. We'll tell you at least 30 days before we add or swap one. If you object and we can't address your concern, you can end the affected service and we'll refund what you've prepaid. Each of them signs up to the same data protection terms we have with you, and we remain responsible for what they do.",
                {},
            ),
            (
                "We keep an up-to-date list of our subprocessors, with their locations, in Annex B. Before a new one gets access to your data we'll give you 30 days' notice and the chance to object; if we can't resolve it, you may cancel the affected services with a refund. They're bound by terms at least as strict as these, transfers outside the EEA use the Standard Contractual Clauses, and we're liable for them as if they were us.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="strong",
        codes=[],
        v=[
            (
                "The Controller grants general written authorisation for the Sub-processors listed in Annex III. The Processor shall inform the Controller of any intended addition or replacement at least 30 days in advance, giving the Controller the opportunity to object; where the Controller objects, the Processor shall not use that Sub-processor for the Controller's data or the Controller may terminate the affected Services. The Processor shall impose the same data protection obligations on each Sub-processor by written contract and remains fully liable to the Controller for their performance.",
                {},
            ),
            (
                "Provider maintains a current subprocessor list at Schedule C and will give Customer no less than thirty days' prior written notice of any change. Customer may object at any time during that notice period; if the parties cannot agree a solution, Customer may terminate the affected order and Provider will refund prepaid fees. Provider shall bind each subprocessor to obligations equivalent to those herein and is liable for their acts and omissions.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="strong",
        codes=[],
        v=[
            (
                "Subprocessors: the current list, including each processing location, is at Annex 3; additions or replacements require 45 days' advance notice; Customer has a right to object, and if the objection is unresolved may terminate the affected Services with a refund; the same contractual obligations are imposed on every subprocessor; and Vendor is liable for its subprocessors as for itself.",
                {},
            ),
            (
                "Onward processing. 1. Approved subcontractors are named in Appendix D. 2. The Contractor will notify the Authority 30 days before any change. 3. The Authority may object within that period and, failing resolution, end the affected Services without charge. 4. Each subcontractor is bound by terms equivalent to this Contract. 5. The Contractor remains liable for every subcontractor.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="weak",
        codes=[],
        v=[
            (
                "Vendor shall ensure that its subprocessors are bound by confidentiality obligations.",
                {},
            ),
            (
                "Any third party engaged by the Supplier to process Authority Data shall be subject to a duty of confidence.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="weak",
        codes=[],
        v=[
            ("A list of Provider's current subprocessors is available to Customer on request.", {}),
            ("We'll tell you which service providers we use if you ask us.", {}),
        ],
    ),
    dict(
        area=SP,
        q="weak",
        codes=[],
        v=[
            (
                "Processor shall inform the Controller of any intended addition or replacement of Sub-processors.",
                {},
            ),
            (
                "Vendor will give Client notice before a new subprocessor begins processing Client Materials.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="weak",
        codes=[],
        v=[
            ("Provider remains responsible for the performance of its subprocessors.", {}),
            (
                "The Contractor shall be liable for the acts and omissions of its subcontractors as if they were its own.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="red_flag",
        codes=["subprocessors.change_at_will"],
        v=[
            (
                "Vendor may engage, add or replace subprocessors at any time without notice to Customer.",
                {},
            ),
            ("We can change the third parties we use whenever we like.", {}),
        ],
    ),
    dict(
        area=SP,
        q="red_flag",
        codes=["subprocessors.change_at_will"],
        v=[
            (
                "Customer authorises Provider to appoint such subprocessors as Provider selects, and Provider's subprocessor web page, as updated by Provider from time to time, constitutes the authorised list.",
                {},
            ),
            (
                "The Authority consents in advance to any subcontractor the Supplier may choose to engage during the Term.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="red_flag",
        codes=["subprocessors.change_at_will"],
        v=[
            (
                "Provider reserves the right to change its hosting and other service providers in its sole discretion, and Customer's continued use of the Services constitutes acceptance of any such change.",
                {},
            ),
            (
                "Processor may, in its discretion, replace any Sub-processor, and the Controller shall have no right to object to such replacement.",
                {},
            ),
        ],
    ),
    dict(
        area=SP,
        q="red_flag",
        codes=["subprocessors.change_at_will"],
        v=[
            (
                "Vendor's current subprocessors are listed in Annex 2 and each is bound by written terms no less protective than these, but Vendor may update that list as its business requires without prior notice to Client.",
                {},
            ),
            (
                "Our subprocessors, which you can see on our trust page, sign the same data protection terms we do; we may bring in new ones as our needs change, and the page will always show the current set.",
                {},
            ),
        ],
    ),
    # ------------------------------------------------------------------
    # security
    # ------------------------------------------------------------------
    dict(
        area=SE,
        q="strong",
        codes=[],
        v=[
            (
                "Vendor shall encrypt Customer Data at rest using AES-256 and in transit using TLS 1.2 or higher; enforce multi-factor authentication for all administrative access; control privileged accounts through a privileged-access management system; log all access to Customer Data; logically segregate each customer's tenant; limit support staff access to the minimum needed, granted just in time; hold encryption keys in a hardware security module with scheduled rotation; and run a vulnerability management programme with critical patches applied within 14 days.",
                {},
            ),
            (
                "The Supplier shall: encrypt Authority Data at rest (AES-256) and in transit (TLS 1.2 or above); require MFA for every user with access to it; manage privileged access through a dedicated PAM tool; keep tamper-evident access logs; segregate the Authority's tenancy from other customers; grant support access on a least-privilege basis only; manage keys through a key management service; and scan for and remediate vulnerabilities on a defined schedule.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="strong",
        codes=[],
        v=[
            (
                "The Supplier shall protect Authority Data in accordance with Good Industry Practice, which for this Contract means at least: AES-256 encryption at rest; TLS 1.2 or higher in transit; MFA for all staff; privileged-access management with session recording; centralised security logging; tenant isolation; least-privilege, ticket-based support access; customer-managed encryption keys; and quarterly vulnerability scanning with annual penetration testing.",
                {},
            ),
            (
                "Provider uses industry-standard security, specifically: AES-256 encryption of stored data, TLS 1.3 for data in transit, mandatory multi-factor authentication, privileged-access management, tamper-evident audit logging, per-tenant segregation, least-privilege support access, managed encryption keys with rotation, and continuous vulnerability management.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="strong",
        codes=[],
        v=[
            (
                "How we protect your data: it's encrypted with AES-256 when stored and TLS 1.2 or later when moving; everyone on our team uses multi-factor authentication; admin access goes through a privileged-access system and is logged; your data is kept apart from other customers' data; support engineers only see what they need, and only with your approval; keys are managed in a dedicated key service; and we scan for and fix vulnerabilities continuously.",
                {},
            ),
            (
                "Your data is encrypted at rest with AES-256 and in transit with TLS 1.2+. Our staff log in with multi-factor authentication, privileged access is brokered and recorded, every access to your data is logged, your tenant is isolated from everyone else's, support access is least-privilege and time-limited, keys live in a managed key vault, and vulnerabilities are tracked and patched to fixed deadlines.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="strong",
        codes=[],
        v=[
            (
                "Annex 2 (Technical and Organisational Measures): (1) encryption at rest, AES-256; (2) encryption in transit, TLS 1.2 minimum; (3) MFA on all accounts with access to Personal Data; (4) privileged-access management with quarterly access reviews; (5) security event logging, with logs kept for 12 months; (6) tenant segregation; (7) least-privilege support access; (8) key management through an HSM; (9) vulnerability management with defined patch windows.",
                {},
            ),
            (
                "Security baseline: • AES-256 at rest • TLS 1.2 or newer in transit • multi-factor authentication for all personnel • privileged-access management • audit logging of access to Client Materials • segregation of customer environments • least-privilege support access • key management with rotation • vulnerability scanning and patching.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="weak",
        codes=[],
        v=[
            (
                "All data transmitted between Customer and the Service is encrypted in transit using TLS.",
                {},
            ),
            ("We encrypt your data while it travels over the internet.", {}),
        ],
    ),
    dict(
        area=SE,
        q="weak",
        codes=[],
        v=[
            ("Vendor maintains a written information security program.", {}),
            (
                "The Supplier shall have in place and maintain a documented information security policy.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="weak",
        codes=[],
        v=[
            (
                "Provider protects its systems with firewalls, anti-virus software and password controls.",
                {},
            ),
            ("Access to Client Materials is protected by passwords and network firewalls.", {}),
        ],
    ),
    dict(
        area=SE,
        q="weak",
        codes=[],
        v=[
            (
                "The Processor shall implement appropriate technical and organisational measures to protect the Personal Data.",
                {},
            ),
            (
                "Vendor will take appropriate steps to protect Customer Data against unauthorised access, loss or disclosure.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="red_flag",
        codes=["security.industry_standard"],
        v=[
            ("Vendor will protect Customer Data using industry-standard security measures.", {}),
            (
                "Provider shall maintain commercially reasonable administrative, physical and technical safeguards for Customer Data.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="red_flag",
        codes=["security.industry_standard"],
        v=[
            (
                "We look after your data with the kinds of protections that well-run software companies typically use.",
                {},
            ),
            (
                "The Supplier shall apply security measures consistent with prevailing practice among providers of comparable services.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="red_flag",
        codes=["security.industry_standard"],
        v=[
            (
                "Contractor shall maintain the security controls customary in the health-technology sector.",
                {},
            ),
            (
                "Processor shall implement such safeguards as are usual in the market for services of this kind.",
                {},
            ),
        ],
    ),
    dict(
        area=SE,
        q="red_flag",
        codes=["security.industry_standard"],
        v=[
            (
                "Vendor has appointed a Chief Information Security Officer and will protect Client Materials with security measures that are commercially reasonable in light of the nature of the Services.",
                {},
            ),
            (
                "Personal Data is hosted in certified data centres and protected by reasonable security measures in line with accepted market standards.",
                {},
            ),
        ],
    ),
    # ------------------------------------------------------------------
    # breach_notification
    # ------------------------------------------------------------------
    dict(
        area=BR,
        q="strong",
        codes=[],
        v=[
            (
                "Vendor shall notify Customer of any Security Incident affecting Customer Data within 24 hours of becoming aware of it. The notice shall describe the nature of the incident, the categories and approximate volume of data and individuals affected, the likely consequences, the containment and remediation steps taken, and a named incident contact, and Vendor shall provide rolling updates as new information becomes available until the incident is closed.",
                {"notification_hours": 24},
            ),
            (
                "The Supplier shall notify the Authority within 48 hours of confirming a Personal Data Breach, setting out what happened, the categories of data and data subjects concerned, its likely scope, the containment measures taken and the details of the Supplier's incident lead. Suspected breaches shall be reported earlier, on detection, and the Supplier shall update the Authority regularly until the breach is closed.",
                {"notification_hours": 48},
            ),
        ],
    ),
    dict(
        area=BR,
        q="strong",
        codes=[],
        v=[
            (
                "Provider will notify Customer promptly, and in any event within 24 hours of becoming aware, of any breach of security leading to unauthorised access to Customer Data, stating what happened, which data categories and how many records are involved, what has been done to contain it, and whom to contact; Provider will keep Customer updated as the investigation progresses.",
                {"notification_hours": 24},
            ),
            (
                "Without undue delay and in any event no later than 36 hours after becoming aware of it, the Processor shall report any Personal Data Breach to the Controller, describing its nature, the categories and approximate numbers of data subjects and records concerned, the measures taken to contain it and the contact point for further information, and shall supplement the report in phases as further facts become known.",
                {"notification_hours": 36},
            ),
        ],
    ),
    dict(
        area=BR,
        q="strong",
        codes=[],
        v=[
            (
                "Vendor shall not wait for its investigation to conclude before notifying Client: notice is due within 24 hours of Vendor first becoming aware of an incident and shall set out its nature, the affected data categories, the estimated scope, the containment measures and the contact details of Vendor's incident lead, followed by updates as facts emerge.",
                {"notification_hours": 24},
            ),
            (
                "If something goes wrong, you'll hear from us within 48 hours of our confirming it, even if our investigation is still going on. We'll tell you what happened, what kinds of data and how much were involved, what we've done to contain it and who to call, and we'll keep sending updates until it's resolved. If we only suspect a problem, we'll tell you sooner.",
                {"notification_hours": 48},
            ),
        ],
    ),
    dict(
        area=BR,
        q="strong",
        codes=[],
        v=[
            (
                "Incident notification clock: the clock starts when the Supplier becomes aware of an incident; the initial notice is due at 24 hours and must contain the nature of the incident, the data categories, the number of records and individuals, the containment actions and a single point of contact; further updates follow at intervals agreed with the Authority until closure.",
                {"notification_hours": 24},
            ),
            (
                "Time limit for notifying a confirmed Security Breach: 48 hours. Required content: description of the breach; categories of data and of data subjects; likely scope; containment and mitigation measures; incident contact. Suspected breaches: notify on detection. Updates: rolling, until closure.",
                {"notification_hours": 48},
            ),
        ],
    ),
    dict(
        area=BR,
        q="weak",
        codes=[],
        v=[
            ("Vendor will notify Customer of any Security Incident involving Customer Data.", {}),
            (
                "The Supplier shall inform the Authority if it becomes aware of any Personal Data Breach.",
                {},
            ),
        ],
    ),
    dict(
        area=BR,
        q="weak",
        codes=[],
        v=[
            (
                "Processor shall notify Controller of a Personal Data Breach within 72 hours after becoming aware of it.",
                {"notification_hours": 72},
            ),
            (
                "We'll let you know within 72 hours if we discover that your data has been compromised.",
                {"notification_hours": 72},
            ),
            (
                "The Processor shall notify the Controller without undue delay and in any event within 72 hours of becoming aware of a Personal Data Breach.",
                {"notification_hours": 72},
            ),
        ],
    ),
    dict(
        area=BR,
        q="weak",
        codes=[],
        v=[
            (
                "Provider shall notify Customer within five (5) business days of discovering a Security Breach.",
                {"notification_hours": 120},
            ),
            (
                "Notice of any breach affecting Client Materials will be given within one week of Vendor's detection of the breach.",
                {"notification_hours": 168},
            ),
        ],
    ),
    dict(
        area=BR,
        q="weak",
        codes=[],
        v=[
            (
                "The Contractor shall keep the Authority informed of any security incidents that affect Authority Data.",
                {},
            ),
            (
                "Vendor shall keep Customer reasonably informed about incidents affecting Customer Data and cooperate with Customer's reasonable requests.",
                {},
            ),
        ],
    ),
    dict(
        area=BR,
        q="red_flag",
        codes=["breach.undue_delay_only"],
        v=[
            (
                "Vendor will notify Customer without undue delay after becoming aware of a Security Incident.",
                {},
            ),
            ("We will tell you promptly if we become aware of a breach affecting your data.", {}),
        ],
    ),
    dict(
        area=BR,
        q="red_flag",
        codes=["breach.undue_delay_only"],
        v=[
            (
                "The Supplier shall report any Personal Data Breach to the Authority as soon as it reasonably can.",
                {},
            ),
            (
                "Provider shall notify Customer of a Security Breach at the earliest practicable opportunity, with a description of the incident and the data affected.",
                {},
            ),
        ],
    ),
    dict(
        area=BR,
        q="red_flag",
        codes=["breach.undue_delay_only"],
        v=[
            (
                "Processor shall notify the Controller of any Personal Data Breach, including the nature of the breach, the categories and approximate number of data subjects and records concerned, the likely consequences, the measures taken and a contact point, in a timely manner.",
                {},
            ),
            (
                "Vendor shall give Client notice of each Security Incident expeditiously, together with a named contact, a description of the affected data and the containment measures taken, and shall provide updates as they become available.",
                {},
            ),
        ],
    ),
    dict(
        area=BR,
        q="red_flag",
        codes=["breach.after_investigation"],
        v=[
            (
                "Provider will notify Customer of a Security Incident after it has completed its investigation of the incident.",
                {},
            ),
            ("Once our investigation is finished, we'll let you know what happened.", {}),
        ],
    ),
    dict(
        area=BR,
        q="red_flag",
        codes=["breach.after_investigation"],
        v=[
            (
                "Vendor shall notify Customer only where Vendor has determined that Customer Data was in fact accessed or acquired by an unauthorised person.",
                {},
            ),
            (
                "The Supplier will notify the Authority of an incident once its forensic review has established that Authority Data was actually compromised.",
                {},
            ),
        ],
    ),
    dict(
        area=BR,
        q="red_flag",
        codes=["breach.after_investigation"],
        v=[
            (
                "Processor shall notify the Controller within 24 hours after Processor's root-cause analysis is complete and the breach has been verified.",
                {"notification_hours": 24},
            ),
            (
                "Client will be notified within 48 hours of Vendor concluding its investigation into a suspected breach.",
                {"notification_hours": 48},
            ),
        ],
    ),
    dict(
        area=BR,
        q="red_flag",
        codes=["breach.after_investigation", "breach.undue_delay_only"],
        v=[
            (
                "Vendor will notify Customer promptly after its investigation confirms that a breach has occurred.",
                {},
            ),
            (
                "Following the conclusion of the Supplier's internal review, the Supplier shall notify the Authority as soon as reasonably practicable.",
                {},
            ),
        ],
    ),
    # ------------------------------------------------------------------
    # audit_rights
    # ------------------------------------------------------------------
    dict(
        area=AU,
        q="strong",
        codes=[],
        v=[
            (
                "Vendor shall provide Customer each year with its current SOC 2 Type II report covering the systems used to deliver the Services. In addition, following a material Security Incident or a credible complaint about Vendor's handling of Customer Data, Customer or an independent auditor it appoints may carry out a targeted audit, and Vendor shall remediate any material findings within 30 days.",
                {"audit_frequency": "annual"},
            ),
            (
                "Every twelve months the Supplier shall deliver to the Authority its current ISO/IEC 27001 certificate together with the independent surveillance audit report. The Authority may also audit the Supplier, itself or through an independent auditor, after any material incident or credible complaint, and the Supplier shall correct material non-conformities within 60 days.",
                {"audit_frequency": "annual"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="strong",
        codes=[],
        v=[
            (
                "Each year we'll give you a copy of our latest independent SOC 2 Type II audit report. If we have a serious security incident, or a credible complaint is made about how we handle your data, you can also audit us yourself or send an independent auditor, and we'll fix anything significant they find within 45 days.",
                {"audit_frequency": "annual"},
            ),
            (
                "You'll get our ISAE 3402 Type II report from an independent auditor once a year. After a major incident, or if someone raises a credible concern about our handling of your data, you can audit us directly, and we'll agree a remediation plan with deadlines of no more than 60 days for any material finding.",
                {"audit_frequency": "annual"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="strong",
        codes=[],
        v=[
            (
                "Processor shall make available to Controller annually an independent ISAE 3000 Type 2 assurance report on the controls relevant to the processing. Controller may additionally conduct an audit, including an on-site inspection, where a Personal Data Breach has occurred or a supervisory authority or data subject has raised a credible complaint, and Processor shall implement the resulting remediation measures within the timescales set out in the audit report, not exceeding 60 days.",
                {"audit_frequency": "annual"},
            ),
            (
                "Assurance: (a) an independent SOC 2 Type II report, renewed every twelve months; (b) a targeted audit by Client or its appointed auditor after any material incident or credible complaint; (c) remediation of material findings within 30 days and of other findings within 90 days.",
                {"audit_frequency": "annual"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="strong",
        codes=[],
        v=[
            (
                "Customer's audit rights under this clause do not depend on Vendor's consent: Vendor shall supply an independent SOC 2 Type II report annually, and Customer may audit Vendor after any material incident or credible complaint, with remediation of findings within 30 days.",
                {"audit_frequency": "annual"},
            ),
            (
                "No self-assessment questionnaire may substitute for the independent report: Provider shall deliver an annual ISO 27001 surveillance report from an accredited certification body, submit to a targeted audit following a material incident or a credible complaint, and close material findings within 45 days.",
                {"audit_frequency": "annual"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="weak",
        codes=[],
        v=[
            (
                "Customer may audit Vendor's compliance with this Agreement on reasonable notice.",
                {"audit_frequency": "on_request"},
            ),
            (
                "On giving reasonable prior notice, the Authority may inspect the Supplier's records relating to the processing of Authority Data.",
                {"audit_frequency": "on_request"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="weak",
        codes=[],
        v=[
            (
                "Provider will make available to Customer, on request, the information reasonably necessary to demonstrate its compliance with this Agreement.",
                {"audit_frequency": "on_request"},
            ),
            (
                "Processor shall provide Controller with such information as Controller reasonably requests regarding Processor's compliance with this DPA.",
                {"audit_frequency": "on_request"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="weak",
        codes=[],
        v=[
            (
                "Vendor shall commission an independent security audit every two years and provide Customer with a summary of its findings.",
                {"audit_frequency": "biennial"},
            ),
            (
                "Once every 24 months, the Supplier will share with the Authority an executive summary of its third-party security assessment.",
                {"audit_frequency": "biennial"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="weak",
        codes=[],
        v=[
            (
                "Customer may carry out one on-site inspection of Vendor's facilities per calendar year.",
                {"audit_frequency": "annual"},
            ),
            (
                "The Authority may visit the Contractor's premises, no more than once in any twelve-month period, to review compliance with this Contract.",
                {"audit_frequency": "annual"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="weak",
        codes=[],
        v=[
            (
                "We will send you a copy of our ISO 27001 certificate if you ask for it.",
                {"audit_frequency": "on_request"},
            ),
            (
                "Upon request, Provider will furnish Customer with a copy of its current third-party security certification.",
                {"audit_frequency": "on_request"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="red_flag",
        codes=["audit.vendor_discretion"],
        v=[
            ("Any audit by Customer is subject to Vendor's prior written consent.", {}),
            (
                "The Authority may audit the Supplier only where the Supplier has agreed in advance to the scope, timing and auditor, such agreement to be given or withheld at the Supplier's discretion.",
                {},
            ),
        ],
    ),
    dict(
        area=AU,
        q="red_flag",
        codes=["audit.vendor_discretion"],
        v=[
            ("Vendor may, if it chooses, allow Client to review its security practices.", {}),
            ("We may agree to an audit request if we think it's appropriate.", {}),
        ],
    ),
    dict(
        area=AU,
        q="red_flag",
        codes=["audit.vendor_discretion"],
        v=[
            (
                "Processor shall contribute to audits, including inspections, conducted by the Controller, provided that the Processor has first approved the audit plan, which approval it may decline.",
                {},
            ),
            (
                "Customer may audit Vendor once a year, subject to Vendor agreeing that the audit should go ahead.",
                {"audit_frequency": "annual"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="red_flag",
        codes=["audit.self_attestation"],
        v=[
            (
                "In lieu of audits, Vendor will complete Customer's standard security questionnaire once per year.",
                {"audit_frequency": "annual"},
            ),
            (
                "Provider will give Customer a self-assessment of its security controls on request.",
                {"audit_frequency": "on_request"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="red_flag",
        codes=["audit.self_attestation"],
        v=[
            (
                "The Supplier shall certify to the Authority in writing each year that it has complied with this Schedule.",
                {"audit_frequency": "annual"},
            ),
            (
                "Once a year, our Head of Security will sign a letter confirming that we've met our security commitments.",
                {"audit_frequency": "annual"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="red_flag",
        codes=["audit.self_attestation"],
        v=[
            (
                "Processor shall demonstrate compliance with its obligations by means of a written statement of compliance prepared by Processor's own compliance team, which Controller agrees is sufficient for that purpose.",
                {},
            ),
            (
                "Vendor's assurance obligations are satisfied by its completing a standard cloud-controls self-assessment, a copy of which Client may request.",
                {"audit_frequency": "on_request"},
            ),
        ],
    ),
    dict(
        area=AU,
        q="red_flag",
        codes=["audit.self_attestation", "audit.vendor_discretion"],
        v=[
            (
                "Vendor will answer a security questionnaire in place of any audit, and any on-site audit requires Vendor's written consent.",
                {},
            ),
            (
                "The Contractor may, at its discretion, permit an inspection; otherwise the Contractor's annual self-certification shall be conclusive evidence of compliance.",
                {"audit_frequency": "annual"},
            ),
        ],
    ),
    # ------------------------------------------------------------------
    # sla
    # ------------------------------------------------------------------
    dict(
        area=SL,
        q="strong",
        codes=[],
        v=[
            (
                "Provider commits to 99.9% monthly availability of the Service. Priority 1 incidents receive a response within 30 minutes, around the clock, with escalation to named duty managers if they remain unresolved. Where availability falls below the commitment, Customer receives service credits of between 10% and 30% of the monthly fee.",
                {"uptime_percent": 99.9, "support_response_hours": 0.5},
            ),
            (
                "The Supplier shall achieve Service availability of at least 99.95% in each month. Severity 1 faults shall be responded to within 15 minutes at any time of day, and the Supplier shall maintain a named escalation path up to director level. Failure to meet these levels entitles the Authority to service credits as set out in Schedule 5.",
                {"uptime_percent": 99.95, "support_response_hours": 0.25},
            ),
        ],
    ),
    dict(
        area=SL,
        q="strong",
        codes=[],
        v=[
            (
                "Availability of 99.9% per calendar month is a firm commitment, not a best-efforts target. Critical tickets are answered within one hour, escalation contacts are listed in the Support Handbook, and missed targets earn credits against the next invoice.",
                {"uptime_percent": 99.9, "support_response_hours": 1},
            ),
            (
                "This is not a reasonable-efforts undertaking: Vendor guarantees 99.8% uptime each month, responds to Severity 1 issues within 30 minutes, names an escalation manager for Client, and credits Client's account whenever the guarantee is missed.",
                {"uptime_percent": 99.8, "support_response_hours": 0.5},
            ),
        ],
    ),
    dict(
        area=SL,
        q="strong",
        codes=[],
        v=[
            (
                "If the AI service becomes unavailable, the Platform switches automatically to a safe fallback mode in which clinicians see no AI suggestions and existing workflows continue unaffected. The Platform's uptime commitment is 99.5% per month, urgent support requests are answered within one hour, and an escalation manager is available around the clock.",
                {"uptime_percent": 99.5, "support_response_hours": 1},
            ),
            (
                "We promise the service will be up 99.9% of the time each month. If something critical breaks, we'll respond within 30 minutes, day or night, and you'll have direct numbers for our on-call lead and our head of support. If we miss the uptime promise you get credits, and if our AI features are down, the rest of the product keeps working without them.",
                {"uptime_percent": 99.9, "support_response_hours": 0.5},
            ),
        ],
    ),
    dict(
        area=SL,
        q="strong",
        codes=[],
        v=[
            (
                "Service level table. Availability: 99.9% per month. Severity 1 response: 15 minutes. Severity 2 response: 2 hours. Severity 3 response: 1 business day. Escalation: account manager, then Head of Operations. Service credits: 5% of monthly fees for each 0.1% below target.",
                {"uptime_percent": 99.9, "support_response_hours": 0.25},
            ),
            (
                "Service Levels: (a) availability, 99.95% monthly; (b) response to Critical incidents, 30 minutes; (c) response to High incidents, 4 hours; (d) named escalation contacts, as listed in Annex 6; (e) service credits, as set out in Annex 7.",
                {"uptime_percent": 99.95, "support_response_hours": 0.5},
            ),
        ],
    ),
    dict(
        area=SL,
        q="weak",
        codes=[],
        v=[
            (
                "The Service will be available 99.5% of the time, measured monthly.",
                {"uptime_percent": 99.5},
            ),
            (
                "Vendor targets availability of 99.9%, excluding scheduled maintenance.",
                {"uptime_percent": 99.9},
            ),
        ],
    ),
    dict(
        area=SL,
        q="weak",
        codes=[],
        v=[
            (
                "Provider will respond to urgent support requests within four hours.",
                {"support_response_hours": 4},
            ),
            (
                "Critical issues will receive a first response within one business day.",
                {"support_response_hours": 24},
            ),
        ],
    ),
    dict(
        area=SL,
        q="weak",
        codes=[],
        v=[
            ("Support is available by email during UK business hours, Monday to Friday.", {}),
            (
                "You can reach our support team by email between 9am and 5pm Eastern Time on weekdays.",
                {},
            ),
        ],
    ),
    dict(
        area=SL,
        q="weak",
        codes=[],
        v=[
            (
                "The Supplier aims to make the Service available 99% of the time; no service credits apply.",
                {"uptime_percent": 99.0},
            ),
            (
                "Availability target: 99.0% per quarter. This target does not give rise to credits or any other remedy.",
                {"uptime_percent": 99.0},
            ),
        ],
    ),
    dict(
        area=SL,
        q="red_flag",
        codes=["sla.best_efforts"],
        v=[
            ("Vendor will use commercially reasonable efforts to make the Service available.", {}),
            ("Provider will use reasonable efforts to respond to support requests.", {}),
        ],
    ),
    dict(
        area=SL,
        q="red_flag",
        codes=["sla.best_efforts"],
        v=[
            ("The Service is provided on an 'as available' basis.", {}),
            (
                "We provide the platform as and when it is available, and we don't promise any particular uptime or support response time.",
                {},
            ),
        ],
    ),
    dict(
        area=SL,
        q="red_flag",
        codes=["sla.best_efforts"],
        v=[
            (
                "The Supplier shall use reasonable endeavours to restore the Service following any outage.",
                {},
            ),
            (
                "The Contractor will endeavour to answer support queries as quickly as it is able.",
                {},
            ),
        ],
    ),
    dict(
        area=SL,
        q="red_flag",
        codes=["sla.best_efforts"],
        v=[
            (
                "Vendor operates a round-the-clock support desk and will try its best to resolve issues, but does not commit to any response or resolution time.",
                {},
            ),
            (
                "Client will have a named account manager and access to an online support portal, through which Vendor will make reasonable attempts to address reported faults.",
                {},
            ),
        ],
    ),
    # ------------------------------------------------------------------
    # other (neutral boilerplate), with headings and tail flag
    # ------------------------------------------------------------------
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Governing Law", "Law and Jurisdiction"],
        tail=True,
        v=[
            (
                "This Agreement is governed by the laws of England and Wales, and the courts of England have exclusive jurisdiction over any claim arising from it.",
                {},
            ),
            (
                "These terms are governed by the laws of the State of Delaware, without regard to its conflict-of-laws rules.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Fees and Payment", "Charges", "Commercial Terms"],
        tail=False,
        v=[
            (
                "Fees are invoiced annually in advance and are payable within 30 days of the invoice date.",
                {},
            ),
            (
                "The Authority shall pay each valid and undisputed invoice within thirty days of receipt.",
                {},
            ),
            (
                "You'll pay the subscription charges shown in your Order Form, monthly in arrears.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Notices", "Communications"],
        tail=True,
        v=[
            (
                "Any notice under this Agreement must be in writing and delivered by hand, by recorded post or by email to the address set out in the Order Form.",
                {},
            ),
            (
                "A notice sent by first-class post is deemed received two business days after posting, and a notice sent by email at the time of transmission.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Definitions"],
        tail=False,
        definition=True,
        v=[
            (
                "'Customer Data' means all data, including personal data, that Customer or its Users submit to the Service.",
                {},
            ),
            (
                "'Authority Data' means any data supplied by or on behalf of the Authority in connection with this Contract, and any data generated from it by the Supplier.",
                {},
            ),
            (
                "'Business Day' means a day other than a Saturday, Sunday or public holiday in England.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Training and Onboarding", "Implementation"],
        tail=False,
        v=[
            (
                "Vendor will deliver two onboarding training sessions for Customer's staff at no additional charge.",
                {},
            ),
            (
                "The Supplier shall train up to twenty Authority users in the use of the Software during the implementation phase.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Licence Compliance", "Usage Verification"],
        tail=False,
        v=[
            (
                "Provider may, no more than once a year and on thirty days' notice, audit Customer's use of the Software to verify compliance with the licensed user limits.",
                {},
            ),
            (
                "The Licensor may verify the number of installations of the Software operated by the Licensee, and the Licensee shall pay for any excess installations at the list price.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Records of Charges", "Financial Records"],
        tail=False,
        v=[
            (
                "Customer may audit Vendor's invoices and supporting time records to verify the fees charged under any statement of work.",
                {},
            ),
            (
                "The Contractor shall keep full and accurate accounts of the Charges, and the Authority may inspect those accounts to check the amounts invoiced.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Term and Termination", "Termination"],
        tail=False,
        v=[
            (
                "Either party may terminate this Agreement on written notice if the other commits a material breach that it fails to remedy within 30 days of being notified of it.",
                {},
            ),
            (
                "We or you may end this agreement straight away if the other seriously breaks it and doesn't put things right within 14 days of being asked to.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Force Majeure", "Events Outside Our Control"],
        tail=True,
        v=[
            (
                "Neither party is liable for any delay or failure to perform caused by events beyond its reasonable control, provided that it uses reasonable endeavours to mitigate their effects.",
                {},
            ),
            (
                "A party affected by a Force Majeure Event shall promptly notify the other party and use reasonable endeavours to resume performance as soon as possible.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Assignment", "Transfer of Rights"],
        tail=True,
        v=[
            (
                "Neither party may assign this Agreement without the prior written consent of the other, such consent not to be unreasonably withheld.",
                {},
            ),
            (
                "The Contractor shall not assign, novate or otherwise transfer this Contract without the Authority's prior written consent.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Product Updates", "Changes to the Service"],
        tail=False,
        v=[
            (
                "Provider may update the Service from time to time to improve or enhance its functionality, provided that no update materially reduces the functionality Customer has purchased.",
                {},
            ),
            (
                "We regularly release new features and improvements to the platform, and we'll describe significant changes in our release notes before they go live.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Limitation of Liability", "Liability"],
        tail=True,
        v=[
            (
                "Each party's total liability arising out of or in connection with this Agreement in any contract year is limited to the fees paid or payable in that year.",
                {},
            ),
            (
                "Nothing in this Contract limits either party's liability for death or personal injury caused by negligence, or for fraud.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Intellectual Property", "Ownership"],
        tail=False,
        v=[
            (
                "As between the parties, Vendor owns the Service, the Software and all related intellectual property, and nothing in this Agreement transfers any of it to Customer.",
                {},
            ),
            (
                "We own the software and everything that goes into building it; this agreement gives you a licence to use it, not ownership of it.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Warranties", "Disclaimers"],
        tail=False,
        v=[
            (
                "The Supplier warrants that it will perform the Services with reasonable skill and care and in accordance with the Specification.",
                {},
            ),
            (
                "Except as expressly stated in this Agreement, Vendor gives no warranty that outputs generated by the Service will be accurate or complete, and clinical decisions remain the responsibility of Customer's qualified staff.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Dispute Resolution", "Disputes"],
        tail=True,
        v=[
            (
                "The parties shall try to resolve any dispute through good-faith negotiation between senior representatives before starting proceedings.",
                {},
            ),
            (
                "Any dispute not resolved within twenty Business Days of being raised shall be referred to mediation under the procedure of a recognised mediation provider.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["General", "Miscellaneous"],
        tail=True,
        v=[
            (
                "This Agreement constitutes the entire agreement between the parties and supersedes all prior discussions relating to its subject matter.",
                {},
            ),
            (
                "If any provision of this Agreement is found to be invalid or unenforceable, the remaining provisions continue in full force.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Insurance"],
        tail=True,
        v=[
            (
                "Vendor shall maintain professional indemnity insurance of not less than five million pounds for each claim throughout the Term.",
                {},
            ),
            (
                "The Contractor shall hold public liability and employer's liability insurance with a reputable insurer for the duration of this Contract.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Publicity", "Announcements"],
        tail=True,
        v=[
            (
                "Neither party may use the other's name or logo in marketing materials without the other's prior written approval.",
                {},
            ),
            (
                "Vendor may name Customer as a customer in its published customer lists once the Services go live.",
                {},
            ),
        ],
    ),
    dict(
        area=OT,
        q="neutral",
        codes=[],
        headings=["Duration", "Term and Renewal"],
        tail=False,
        v=[
            (
                "This Agreement begins on the Effective Date and continues for an initial term of three years, renewing automatically for successive one-year periods unless either party gives 90 days' notice of non-renewal.",
                {},
            ),
            (
                "The Contract runs for twenty-four months from the Commencement Date and may be extended once by the Authority for a further twelve months.",
                {},
            ),
        ],
    ),
]
