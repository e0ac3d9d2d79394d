const y=550,j=[550],w={3941:((k,s)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.LEARN_MAP=void 0,s.LEARN_MAP=`
@accounts.twilio.com ~=/v1/Credentials
/v1/AuthTokens/Promote POST /v1/AuthTokens/Secondary DELETE POST /v1/Consents/Bulk POST /v1/Contacts/Bulk POST
~/AWS/{Sid} DELETE GET POST ~/AWS GET POST ~/PublicKeys/{Sid} DELETE GET POST ~/PublicKeys GET POST
/v1/Messaging/GeoPermissions GET /v1/SafeList/Numbers DELETE GET POST
@api.twilio.com ~=/2010-04-01/Accounts/{AccountSid}
/2010-04-01/Accounts.json GET POST ~/Addresses.json GET POST
~/Addresses/{AddressSid}/DependentPhoneNumbers.json GET ~/Addresses/{Sid}.json DELETE GET POST
~/Applications.json voice/twiml.apps GET=list POST=create ~/Applications/{Sid}.json DELETE=delete GET=read
POST=update ~/AuthorizedConnectApps.json GET ~/AuthorizedConnectApps/{ConnectAppSid}.json GET
~/AvailablePhoneNumbers.json phone-numbers/available-numbers GET=list
~/AvailablePhoneNumbers/{CountryCode}.json GET=list ~/AvailablePhoneNumbers/{CountryCode}/Local.json GET=list
~/AvailablePhoneNumbers/{CountryCode}/MachineToMachine.json GET=list
~/AvailablePhoneNumbers/{CountryCode}/Mobile.json GET=list ~/AvailablePhoneNumbers/{CountryCode}/National.json
GET=list ~/AvailablePhoneNumbers/{CountryCode}/SharedCost.json GET=list
~/AvailablePhoneNumbers/{CountryCode}/TollFree.json GET=list ~/AvailablePhoneNumbers/{CountryCode}/Voip.json
GET=list ~/Balance.json GET ~/Calls.json voice/calls GET=list POST=create ~/Calls/{CallSid}/Events.json GET
~/Calls/{CallSid}/Notifications.json voice/calls.notifications GET=list
~/Calls/{CallSid}/Notifications/{Sid}.json GET=read ~/Calls/{CallSid}/Payments.json POST
~/Calls/{CallSid}/Payments/{Sid}.json POST ~/Calls/{CallSid}/Recordings.json voice/calls.recordings GET=list
POST=create ~/Calls/{CallSid}/Recordings/{Sid}.json DELETE=delete GET=read POST=update
~/Calls/{CallSid}/Siprec.json POST ~/Calls/{CallSid}/Siprec/{Sid}.json POST ~/Calls/{CallSid}/Streams.json
POST ~/Calls/{CallSid}/Streams/{Sid}.json POST ~/Calls/{CallSid}/Transcriptions.json POST
~/Calls/{CallSid}/Transcriptions/{Sid}.json POST ~/Calls/{CallSid}/UserDefinedMessageSubscriptions.json POST
~/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json DELETE ~/Calls/{CallSid}/UserDefinedMessages.json
POST ~/Calls/{Sid}.json voice/calls DELETE=delete GET=read POST=update ~/Conferences.json voice/conferences
GET=list ~/Conferences/{ConferenceSid}/Participants.json voice/conferences.participants GET=list POST=create
~/Conferences/{ConferenceSid}/Participants/{CallSid}.json DELETE=delete GET=read POST=update
~/Conferences/{ConferenceSid}/Recordings.json voice/conferences.recordings GET=list
~/Conferences/{ConferenceSid}/Recordings/{Sid}.json DELETE GET POST=update ~/Conferences/{Sid}.json
voice/conferences GET=read POST=update ~/ConnectApps.json GET ~/ConnectApps/{Sid}.json DELETE GET POST
~/IncomingPhoneNumbers.json phone-numbers/active-numbers GET=list POST=create
~/IncomingPhoneNumbers/Local.json GET=list POST=create ~/IncomingPhoneNumbers/Mobile.json GET=list POST=create
~/IncomingPhoneNumbers/TollFree.json GET=list POST=create
~/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json GET POST
~/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json GET
~/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json GET
~/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json DELETE GET ~/IncomingPhoneNumbers/{Sid}.json
DELETE=delete GET=read POST=update ~/Keys.json GET POST ~/Keys/{Sid}.json DELETE GET POST ~/Messages.json
messaging/messages GET=list POST=create ~/Messages/{MessageSid}/Feedback.json messaging/messages.feedback
POST=create ~/Messages/{MessageSid}/Media.json GET ~/Messages/{MessageSid}/Media/{Sid}.json DELETE
messaging/messages.media GET=read ~/Messages/{Sid}.json messaging/messages DELETE=delete GET=read POST=update
~/Notifications.json GET ~/Notifications/{Sid}.json GET ~/OutgoingCallerIds.json voice/outgoing-caller-ids
GET=list POST=create ~/OutgoingCallerIds/{Sid}.json DELETE=delete GET=read POST=update ~/Queues.json
voice/queues GET=list POST=create ~/Queues/{QueueSid}/Members.json voice/queues.member GET=list
~/Queues/{QueueSid}/Members/{CallSid}.json GET=read POST=update ~/Queues/{Sid}.json voice/queues DELETE=delete
GET=read POST=update ~/Recordings.json voice/recordings GET=list
~/Recordings/{RecordingSid}/Transcriptions.json voice/recordings.transcriptions GET=list
~/Recordings/{RecordingSid}/Transcriptions/{Sid}.json DELETE=delete GET=read
~/Recordings/{ReferenceSid}/AddOnResults.json voice/recordings.add-ons GET=list
~/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json voice/recordings.add-ons.payload
GET=list ~/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{PayloadSid}/Data.json
voice/recordings.add-ons.payload.data GET=read
~/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json DELETE
voice/recordings.add-ons.payload GET=read ~/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json
voice/recordings.add-ons DELETE=delete GET=read ~/Recordings/{Sid}.json voice/recordings DELETE=delete
GET=read ~/SIP/CredentialLists.json voice/sip.credential-lists GET=list POST=create
~/SIP/CredentialLists/{CredentialListSid}/Credentials.json voice/sip.credential-lists.credentials GET=list
POST=create ~/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json DELETE=delete GET=read
POST=update ~/SIP/CredentialLists/{Sid}.json voice/sip.credential-lists DELETE=delete GET=read POST=update
~/SIP/Domains.json voice/sip.domains GET=list POST=create
~/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json
voice/sip.domains.auth.calls.credential-list-mappings GET=list POST=create
~/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json DELETE=delete GET=read
~/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json GET POST
~/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json DELETE GET
~/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json
voice/sip.domains.auth.registrations.credential-list-mappings GET=list POST=create
~/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json DELETE=delete GET=read
~/SIP/Domains/{DomainSid}/CredentialListMappings.json GET POST
~/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json DELETE GET
~/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json voice/sip.ip-acl-mappings GET=list POST=create
~/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json DELETE=delete GET=read
~/SIP/Domains/{Sid}.json voice/sip.domains DELETE=delete GET=read POST=update ~/SIP/IpAccessControlLists.json
voice/sip.ip-acls GET=list POST=create ~/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json
voice/sip.ip-acls.ip-addresses GET=list POST=create
~/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json DELETE GET=read POST=update
~/SIP/IpAccessControlLists/{Sid}.json voice/sip.ip-acls DELETE=delete GET=read POST=update
~/SMS/ShortCodes.json GET ~/SMS/ShortCodes/{Sid}.json GET POST ~/SigningKeys.json GET POST
~/SigningKeys/{Sid}.json DELETE GET POST ~/Tokens.json POST ~/Transcriptions.json voice/transcriptions
GET=list ~/Transcriptions/{Sid}.json DELETE=delete GET=read ~/Usage/Records.json billing/usage GET=read
~/Usage/Records/AllTime.json GET=read ~/Usage/Records/Daily.json GET=read ~/Usage/Records/LastMonth.json
GET=read ~/Usage/Records/Monthly.json GET=read ~/Usage/Records/ThisMonth.json GET=read
~/Usage/Records/Today.json GET=read ~/Usage/Records/Yearly.json GET=read ~/Usage/Records/Yesterday.json
GET=read ~/Usage/Triggers.json GET=read POST ~/Usage/Triggers/{Sid}.json DELETE GET=read POST
/2010-04-01/Accounts/{Sid}.json GET POST
@content.twilio.com ~=/v1/Content
~/{ContentSid}/ApprovalRequests/whatsapp POST ~/{Sid}/ApprovalRequests GET ~/{Sid} messaging/content-templates
DELETE=delete GET=read /v1/ContentAndApprovals GET /v1/Content GET=list POST=create /v1/LegacyContent GET
@events.twilio.com ~=/v1/Subscriptions/{SubscriptionSid}
/v1/Schemas/{Id}/Versions/{SchemaVersion} event-streams/schema.version GET=read /v1/Schemas/{Id}/Versions
GET=list /v1/Schemas/{Id} event-streams/schema GET=read /v1/Sinks/{Sid}/Test event-streams/sink.test
POST=create /v1/Sinks/{Sid}/Validate POST /v1/Sinks/{Sid} event-streams/sink DELETE=delete GET=read
POST=update /v1/Sinks GET=list POST=create /v1/Subscriptions/{Sid} event-streams/subscription DELETE=delete
GET=read POST=update ~/SubscribedEvents/{Type} event-streams/subscription.subscribed-event DELETE=delete
GET=read POST=update ~/SubscribedEvents GET=list POST=create /v1/Subscriptions event-streams/subscription
GET=list POST=create /v1/Types/{Type} event-streams/event-type GET=read /v1/Types GET=list
@iam.twilio.com ~=/v1/Account
~/OAuthApps/{sid} iam/account-oauth-apps DELETE=delete ~/OAuthApps POST=create /v1/Keys/{Sid} iam/api-keys
DELETE=delete GET=read POST=update /v1/Keys GET=list POST=create /v1/Roles/{RoleSid}/Permissions GET /v1/token
POST
@insights.twilio.com ~=/v1/Voice/{CallSid}
/v1/Conferences/{ConferenceSid}/Participants/{ParticipantSid} voice/insights.conference.participants GET=read
/v1/Conferences/{ConferenceSid}/Participants GET=list /v1/Conferences/{ConferenceSid}
voice/insights.conference.summaries GET=read /v1/Conferences GET=list
/v1/Video/Rooms/{RoomSid}/Participants/{ParticipantSid} GET /v1/Video/Rooms/{RoomSid}/Participants GET
/v1/Video/Rooms/{RoomSid} GET /v1/Video/Rooms GET /v1/Voice/Settings voice/insights.settings GET=read
POST=update /v1/Voice/Summaries voice/insights.call.summaries GET=list ~/Annotation
voice/insights.call.annotations GET=read POST=update ~/Events voice/insights.call.events GET=list ~/Metrics
voice/insights.call.metrics GET=list ~/Summary voice/insights.call.summaries GET=read /v1/Voice/{Sid} GET
@intelligence.twilio.com ~=/v2/Transcripts/{TranscriptSid}
/v2/OperatorTypes/{Sid} voice/intelligence.operator-types GET=read /v2/OperatorTypes GET=list
/v2/Operators/Custom/{Sid} voice/intelligence.operator.custom DELETE=delete GET=read POST=update
/v2/Operators/Custom GET=list POST=create /v2/Operators/PreBuilt/{Sid} voice/intelligence.operator.prebuilt
GET=read /v2/Operators/PreBuilt GET=list /v2/Operators/{Sid} voice/intelligence.operators GET=read
/v2/Operators GET=list /v2/Services/{ServiceSid}/Operators/{OperatorSid}
voice/intelligence.operator-attachment DELETE=delete POST=create /v2/Services/{ServiceSid}/Operators GET=list
/v2/Services/{Sid} voice/intelligence.services DELETE=delete GET=read POST=update /v2/Services GET=list
POST=create /v2/Transcripts/{Sid}/Media voice/intelligence.transcript-media GET=read /v2/Transcripts/{Sid}
voice/intelligence.transcripts DELETE=delete GET=read ~/OperatorResults/Encrypted GET
~/OperatorResults/{OperatorSid} voice/intelligence.operator-results GET=read ~/OperatorResults GET=read
~/Sentences/Encrypted GET ~/Sentences voice/intelligence.transcript-sentences GET=read /v2/Transcripts
voice/intelligence.transcripts GET=list POST=create
@lookups.twilio.com ~=/v2/PhoneNumbers
/v1/PhoneNumbers/{PhoneNumber} lookup/phone-numbers GET=read ~/{PhoneNumber}/Overrides/{Field} DELETE GET POST
~/{PhoneNumber} GET=read /v2/RateLimits/Fields/{Field}/Bucket/{Bucket} DELETE GET /v2/RateLimits GET
/v2/batch/query POST
@messaging.twilio.com ~=/v1/Services/{ServiceSid}
/v1/Deactivations messaging/deactivations GET=list /v1/LinkShortening/Domains/{DomainSid}/Certificate DELETE
GET POST /v1/LinkShortening/Domains/{DomainSid}/Config GET POST
/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid} DELETE POST
/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert POST
/v1/LinkShortening/Domains/{DomainSid}/ValidateDns GET
/v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig GET
/v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain GET /v1/Services/PreregisteredUsa2p POST
/v1/Services/Usecases GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid} DELETE
messaging/services.channelsenders GET=read /v1/Services/{MessagingServiceSid}/ChannelSenders GET=list POST
/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases messaging/services.usa2p-usecase GET=list
/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid} messaging/services.usa2p-campaign DELETE=delete
GET=read POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p GET=list POST=create ~/AlphaSenders/{Sid}
messaging/services.alphasenders DELETE=delete GET=read ~/AlphaSenders GET=list POST=create
~/DestinationAlphaSenders/{Sid} messaging/services.destination-alpha-senders DELETE=delete GET=read
~/DestinationAlphaSenders GET=list POST=create ~/PhoneNumbers/{Sid} messaging/services.phonenumbers
DELETE=delete GET=read ~/PhoneNumbers GET=list POST=create ~/ShortCodes/{Sid} messaging/services.shortcodes
DELETE=delete GET=read ~/ShortCodes GET=list POST=create /v1/Services/{Sid} messaging/services DELETE=delete
GET=read POST=update /v1/Services GET=list POST=create /v1/Tollfree/Verifications/{Sid} DELETE GET POST
/v1/Tollfree/Verifications GET POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp POST
/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid} GET
/v1/a2p/BrandRegistrations/{BrandSid}/Vettings GET POST /v1/a2p/BrandRegistrations/{Sid} GET POST
/v1/a2p/BrandRegistrations GET POST
@monitor.twilio.com
/v1/Alerts/{Sid} monitor/alerts GET=read /v1/Alerts GET=list /v1/Events/{Sid} monitor/events GET=read
/v1/Events GET=list
@numbers.twilio.com ~=/v2/RegulatoryCompliance
/v2/HostedNumber/AuthorizationDocuments/{Sid} DELETE GET
/v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders GET
/v2/HostedNumber/AuthorizationDocuments GET POST /v2/HostedNumber/Orders/Bulk/{BulkHostingSid} GET
/v2/HostedNumber/Orders/Bulk POST /v2/HostedNumber/Orders/{Sid} DELETE GET POST /v2/HostedNumber/Orders GET
POST ~/Bundles/{BundleSid}/Clones POST ~/Bundles/{BundleSid}/Copies
phone-numbers/regulatory-compliance.bundle-copies GET=list POST=create ~/Bundles/{BundleSid}/Evaluations/{Sid}
phone-numbers/regulatory-compliance.evaluations GET=read ~/Bundles/{BundleSid}/Evaluations GET=list
POST=create ~/Bundles/{BundleSid}/ItemAssignments/{Sid} phone-numbers/regulatory-compliance.item-assignments
DELETE=delete GET=read ~/Bundles/{BundleSid}/ItemAssignments GET=list POST=create
~/Bundles/{BundleSid}/ReplaceItems phone-numbers/regulatory-compliance.bundles.replace-items POST=update
~/Bundles/{Sid} phone-numbers/regulatory-compliance.bundles DELETE=delete GET=read POST=update ~/Bundles
GET=list POST=create ~/EndUserTypes/{Sid} phone-numbers/regulatory-compliance.end-users-types GET=read
~/EndUserTypes GET=list ~/EndUsers/{Sid} phone-numbers/regulatory-compliance.end-users DELETE=delete GET=read
POST=update ~/EndUsers GET=list POST=create ~/Regulations/{Sid}
phone-numbers/regulatory-compliance.regulations GET=read ~/Regulations GET=list
~/SupportingDocumentTypes/{Sid} phone-numbers/regulatory-compliance.supporting-documents-types GET=read
~/SupportingDocumentTypes GET=list ~/SupportingDocuments/{Sid}
phone-numbers/regulatory-compliance.supporting-documents DELETE=delete GET=read POST=update
~/SupportingDocuments GET=list POST=create /v2/ShortCodes/Applications/{sid} GET /v2/ShortCodes/Applications
GET POST
@studio.twilio.com ~=/v2/Flows/{FlowSid}/Executions/{ExecutionSid}
/v2/Flows/Validate studio/flows.validate POST=update ~/Context studio/executions.context GET=read
~/Steps/{Sid} studio/executions.steps GET=read ~/Steps/{StepSid}/Context studio/executions.steps.context
GET=read ~/Steps studio/executions.steps GET=list /v2/Flows/{FlowSid}/Executions/{Sid} studio/executions
DELETE=delete GET=read POST=update /v2/Flows/{FlowSid}/Executions GET=list POST=create
/v2/Flows/{Sid}/Revisions/{Revision} studio/flows.revisions GET=read /v2/Flows/{Sid}/Revisions GET=list
/v2/Flows/{Sid}/TestUsers studio/test-users GET=read POST=update /v2/Flows/{Sid} studio/flows DELETE=delete
GET=read POST=update /v2/Flows GET=list POST=create
@taskrouter.twilio.com ~=/v1/Workspaces/{WorkspaceSid}
/v1/Workspaces/{Sid} taskrouter/workspaces DELETE=delete GET=read POST=update ~/Activities/{Sid}
taskrouter/workspaces.activities DELETE=delete GET=read POST=update ~/Activities GET=list POST=create
~/CumulativeStatistics taskrouter/workspaces.cumulative-statistics GET=list ~/Events/{Sid}
taskrouter/workspaces.events GET=read ~/Events GET=list ~/RealTimeStatistics
taskrouter/workspaces.real-time-statistics GET=list ~/Statistics taskrouter/workspaces.statistics GET=list
~/TaskChannels/{Sid} taskrouter/workspaces.task-channels DELETE=delete GET=read POST=update ~/TaskChannels
GET=list POST=create ~/TaskQueues/RealTimeStatistics
taskrouter/workspaces.task-queue.bulk-real-time-statistics POST=list ~/TaskQueues/Statistics
taskrouter/workspaces.task-queues.statistics GET=list ~/TaskQueues/{Sid} taskrouter/workspaces.task-queues
DELETE=delete GET=read POST=update ~/TaskQueues/{TaskQueueSid}/CumulativeStatistics
taskrouter/workspaces.task-queues.cumulative-statistics GET=list
~/TaskQueues/{TaskQueueSid}/RealTimeStatistics taskrouter/workspaces.task-queue.real-time-statistics GET=list
~/TaskQueues/{TaskQueueSid}/Statistics taskrouter/workspaces.task-queues.instance-statistics GET=list
~/TaskQueues taskrouter/workspaces.task-queues GET=list POST=create ~/Tasks/{Sid} taskrouter/workspaces.tasks
DELETE=delete GET=read POST=update ~/Tasks/{TaskSid}/Reservations/{Sid}
taskrouter/workspaces.tasks.reservations GET=read POST=update ~/Tasks/{TaskSid}/Reservations GET=list ~/Tasks
taskrouter/workspaces.tasks GET=list POST=create ~/Workers/CumulativeStatistics
taskrouter/workspaces.workers.cumulative-statistics GET=list ~/Workers/RealTimeStatistics
taskrouter/workspaces.workers.real-time-statistics GET=list ~/Workers/Statistics
taskrouter/workspaces.workers.statistics GET=list ~/Workers/{Sid} taskrouter/workspaces.workers DELETE=delete
GET=read POST=update ~/Workers/{WorkerSid}/Channels/{Sid} taskrouter/workspaces.workers.channels GET=read
POST=update ~/Workers/{WorkerSid}/Channels GET=list ~/Workers/{WorkerSid}/Reservations/{Sid}
taskrouter/workspaces.workers.reservations GET=read POST=update ~/Workers/{WorkerSid}/Reservations GET=list
~/Workers/{WorkerSid}/Statistics taskrouter/workspaces.workers.instance-statistics GET=list ~/Workers
taskrouter/workspaces.workers GET=list POST=create ~/Workflows/{Sid} taskrouter/workspaces.workflows
DELETE=delete GET=read POST=update ~/Workflows/{WorkflowSid}/CumulativeStatistics
taskrouter/workspaces.workflows.cumulative-statistics GET=list ~/Workflows/{WorkflowSid}/RealTimeStatistics
taskrouter/workspaces.workflows.real-time-statistics GET=list ~/Workflows/{WorkflowSid}/Statistics
taskrouter/workspaces.workflows.statistics GET=list ~/Workflows taskrouter/workspaces.workflows GET=list
POST=create /v1/Workspaces taskrouter/workspaces GET=list POST=create
@trunking.twilio.com ~=/v1/Trunks/{TrunkSid}
/v1/Trunks/{Sid} voice/sip.trunks DELETE=delete GET=read POST=update ~/CredentialLists/{Sid}
voice/sip.trunks.auth.calls.credential-list-mappings DELETE=delete GET=read ~/CredentialLists GET=list
POST=create ~/IpAccessControlLists/{Sid} voice/sip.trunks.auth.calls.ip-acl-mappings DELETE=delete GET=read
~/IpAccessControlLists GET=list POST=create ~/OriginationUrls/{Sid} voice/sip.trunks.origination-urls
DELETE=delete GET=read POST=update ~/OriginationUrls GET=list POST=create ~/PhoneNumbers/{Sid} DELETE GET
~/PhoneNumbers GET POST ~/Recording GET POST /v1/Trunks voice/sip.trunks GET=list POST=create
@verify.twilio.com ~=/v2/Services/{ServiceSid}
/v2/Attempts/Summary verify/verification-attempts-summary GET=read /v2/Attempts/{Sid}
verify/verification-attempt GET=read /v2/Attempts GET=list /v2/Forms/{FormType} GET
/v2/SafeList/Numbers/{PhoneNumber} verify/safelist DELETE=delete GET=read /v2/SafeList/Numbers POST=create
~/AccessTokens/{Sid} verify/access-token GET=read ~/AccessTokens POST=create
~/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications verify/push-notification POST=create
~/Entities/{Identity}/Challenges/{Sid} verify/challenge GET=read POST=update ~/Entities/{Identity}/Challenges
GET=list POST=create ~/Entities/{Identity}/Factors/{Sid} verify/factor DELETE=delete GET=read POST=update
~/Entities/{Identity}/Factors GET=list POST=create ~/Entities/{Identity} verify/entity DELETE=delete GET=read
~/Entities GET=list POST=create ~/MessagingConfigurations/{Country} DELETE GET POST ~/MessagingConfigurations
GET POST ~/Passkeys/ApproveChallenge POST ~/Passkeys/Challenges POST ~/Passkeys/Factors POST
~/Passkeys/VerifyFactor POST ~/RateLimits/{RateLimitSid}/Buckets/{Sid} verify/bucket DELETE=delete GET=read
POST=update ~/RateLimits/{RateLimitSid}/Buckets GET=list POST=create ~/RateLimits/{Sid} verify/rate-limit
DELETE=delete GET=read POST=update ~/RateLimits GET=list POST=create ~/VerificationCheck
verify/verification-check POST=create ~/Verifications/{Sid} verify/verification GET=read POST=update
~/Verifications POST=create ~/Webhooks/{Sid} verify/webhook DELETE=delete GET=read POST=update ~/Webhooks
GET=list POST=create /v2/Services/{Sid} verify/service DELETE=delete GET=read POST=update /v2/Services
GET=list POST=create /v2/Templates verify/verification-template GET=list
@video.twilio.com ~=/v1/Rooms/{RoomSid}
/v1/CompositionHooks/{Sid} video/compositions.composition-hooks DELETE=delete GET=read POST=update
/v1/CompositionHooks GET=list POST=create /v1/CompositionSettings/Default
video/compositions.composition-settings GET=read POST=update /v1/Compositions/{Sid} video/compositions
DELETE=delete GET=read /v1/Compositions GET=list POST=create /v1/RecordingSettings/Default
video/recordings.recording-settings GET=read POST=update /v1/Recordings/{Sid} video/recordings DELETE=delete
GET=read /v1/Recordings GET=list ~/Participants/{ParticipantSid}/PublishedTracks/{Sid}
video/rooms.participants.published-tracks GET=read ~/Participants/{ParticipantSid}/PublishedTracks GET=list
~/Participants/{ParticipantSid}/SubscribeRules video/rooms.participants.subscribe-rules GET=list POST=update
~/Participants/{ParticipantSid}/SubscribedTracks/{Sid} video/rooms.participants.subscribed-tracks GET=read
~/Participants/{ParticipantSid}/SubscribedTracks GET=list ~/Participants/{Sid}/Anonymize
video/rooms.participants.anonymize POST=update ~/Participants/{Sid} video/rooms.participants GET=read
POST=update ~/Participants GET=list ~/RecordingRules video/rooms.recording-rules GET=list POST=update
~/Recordings/{Sid} DELETE video/rooms.recordings GET=read ~/Recordings GET=list ~/Transcriptions/{Ttid}
video/rooms.transcriptions GET=read POST=update ~/Transcriptions GET=list POST=create /v1/Rooms/{Sid}
video/rooms GET=read POST=update /v1/Rooms GET=list POST=create
@voice.twilio.com ~=/v1/DialingPermissions
/v1/Archives/{Date}/Calls/{Sid} DELETE /v1/ByocTrunks/{Sid} voice/sip.byoc-trunks DELETE=delete GET=read
POST=update /v1/ByocTrunks GET=list POST=create /v1/ConnectionPolicies/{ConnectionPolicySid}/Targets/{Sid}
voice/sip.connection-policies.targets DELETE=* GET=* POST=*
/v1/ConnectionPolicies/{ConnectionPolicySid}/Targets GET=* POST=* /v1/ConnectionPolicies/{Sid}
voice/sip.connection-policies DELETE=delete GET=read POST=update /v1/ConnectionPolicies GET=list POST=create
~/BulkCountryUpdates POST ~/Countries/{IsoCode}/HighRiskSpecialPrefixes GET ~/Countries/{IsoCode} GET
~/Countries GET /v1/IpRecords/{Sid} voice/sip.ip-records DELETE=delete GET=read POST=update /v1/IpRecords
GET=list POST=create /v1/Settings GET POST /v1/SourceIpMappings/{Sid} voice/sip.source-ip-mappings
DELETE=delete GET=read POST=update /v1/SourceIpMappings GET=list POST=create
`}),8429:((k,s)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.IDENTITY_PATH=s.withProxyScheme=s.FILES=void 0,s.FILES={ca:"ca.pem",bundle:"ca-bundle.pem",nodeExtra:"node-extra-ca.pem",requests:"requests.jsonl",runnerProxy:"runner-proxy.json"};const c=G=>G.includes("://")?G:`http://${G}`;s.withProxyScheme=c,s.IDENTITY_PATH="/.well-known/configure-twilio-credentials-learn-proxy"}),6394:((k,s)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.METHOD=void 0,s.decodeLearnMap=c,s.METHOD=/^(GET|POST|DELETE|PUT|PATCH)(?:=([^/]+))?$/;function c(G){const u=[];let[p,l,E,P]=["","","",""];for(const T of G.split(/\s+/)){const d=s.METHOD.exec(T);if(T)if(T.startsWith("@"))[p,l,E,P]=[T.slice(1),"","",""];else if(T.startsWith("~="))l=T.slice(2);else if(T.startsWith("~"))E=l+T.slice(1);else if(T.startsWith("/"))E=T;else if(d){const[,i="",a]=d;u.push({host:p,method:i,path:E,permission:a?`/twilio/${P}/${a}`:void 0})}else P=T;else continue}return u}}),2212:((k,s,c)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.canonicalHost=P,s.isTwilioHost=T,s.matchRequest=d;const G=c(3941),u=c(6394);let p,l;function E(){if(p)return p;p=new Map,l=new Set;for(const{host:i,method:a,path:o,permission:t}of(0,u.decodeLearnMap)(G.LEARN_MAP)){for(const S of o.split("/"))S.includes("{")||l.add(S);const m=o.replace(/[.]/g,"\\.").replace(/\{[^}]+\}/g,"[^/]+"),v=p.get(i)??[];v.push({method:a,template:o,pattern:new RegExp(`^${m}$`),params:(o.match(/\{/g)??[]).length,permission:t}),p.set(i,v)}for(const i of p.values())i.sort((a,o)=>a.params-o.params);return p}function P(i){return i.toLowerCase().replace(/:\d+$/,"").replace(/^([a-z0-9-]+)\.(?:[a-z]+\.)?[a-z]{2}\d\.twilio\.com$/,"$1.twilio.com")}function T(i){const a=i.toLowerCase().replace(/:\d+$/,"");return a==="twilio.com"||a.endsWith(".twilio.com")}function d(i,a,o){const t=o.split(/[?#]/)[0]??"",m=E().get(P(a))??[],v=i.toUpperCase(),S=m.find(O=>O.method===v&&O.pattern.test(t));return S?{template:S.template,permission:S.permission,known:!0}:{template:t.split("/").map(O=>O===""||l.has(O)?O:"{id}").join("/"),permission:void 0,known:!1}}}),7037:((k,s,c)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.analyse=l,s.smallestValue=E,s.yamlSnippet=P,s.markdown=T;const G=c(9856),u=c(8855),p=c(2212);function l(d){const i=new Map;for(const t of d){const m=(0,p.matchRequest)(t.method,t.host,t.path),v=`${t.method} ${t.host}${m.template}`,S=i.get(v)??{row:{request:v,permission:m.permission,known:m.known},count:0,statuses:new Set};S.count++,S.statuses.add(t.status),i.set(v,S)}const a=[...i.values()].map(t=>({...t.row,count:t.count,statuses:[...t.statuses].sort()})).sort((t,m)=>t.request<m.request?-1:1),o=[...new Set(a.flatMap(t=>t.permission?[t.permission]:[]))].sort();return{rows:a,permissions:o,value:E(o)}}function E(d){const i=new Set(d),a=new Set,o=[];for(const t of[...G.PRESETS].sort((m,v)=>v.permissions.length-m.permissions.length)){const m=t.permissions.every(S=>i.has(S)),v=t.permissions.some(S=>!a.has(S));!m||!v||(o.push(t.name),t.permissions.forEach(S=>a.add(S)))}return[...o.sort(),...d.filter(t=>!a.has(t))]}function P(d){return["key-type: restricted","permissions: |",...d.map(i=>`  ${i}`)].join(`
`)}function T(d){const i=["### Twilio permissions this job used",""];if(d.rows.length===0)return i.push("No Twilio request went through the learn proxy, so no permission can be suggested."),i.join(`
`)+`
`;i.push("| Request | Permission | Count | Status |","|---|---|---|---|");for(const o of d.rows){const t=o.permission?(0,u.code)(o.permission):o.known?"no known permission string":"unknown endpoint";i.push(`| ${(0,u.code)(o.request)} | ${t} | ${o.count} | ${o.statuses.join(", ")} |`)}i.push(""),d.value.length>0&&(i.push("Smallest inputs that would have served these requests (paste into the step, remove `learn-permissions`):",""),i.push("```yaml",P(d.value),"```"));const a=d.rows.filter(o=>!o.permission).map(o=>o.request);return a.length>0&&i.push("",`Not mapped to a permission (check Twilio's permission list for these, or keep a standard key): ${(0,u.list)(a)}.`),i.join(`
`)+`
`}}),2550:(function(k,s,c){var G=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(s,"__esModule",{value:!0}),s.portOpen=m,s.stopProxy=v,s.runLearnReport=D;const u=c(3024),p=G(c(7067)),l=G(c(7030)),E=c(6760),P=c(9135),T=c(8405),d=c(7037),i=c(8429),a=e=>new Promise(n=>setTimeout(n,e));function o(e){try{return process.kill(e,0),!0}catch(n){return n.code==="EPERM"}}function t(e){return new Promise(n=>{const r=p.default.get({host:"127.0.0.1",port:e,path:i.IDENTITY_PATH,timeout:2e3,agent:!1},f=>{let C="";f.on("data",g=>C+=g.toString()),f.on("end",()=>{try{n(JSON.parse(C).pid)}catch{n(void 0)}})});r.on("timeout",()=>r.destroy()),r.on("error",()=>n(void 0))})}function m(e){return new Promise(n=>{const r=l.default.connect(e,"127.0.0.1");r.once("connect",()=>{r.destroy(),n(!0)}),r.once("error",()=>n(!1))})}async function v(e){const n=await t(e.port);n===e.pid&&process.kill(n,"SIGTERM");for(let r=0;r<250&&o(e.pid)&&n===e.pid;r++)await a(20);n===e.pid&&o(e.pid)&&process.kill(e.pid,"SIGKILL");for(let r=0;r<50&&o(e.pid)&&n===e.pid;r++)await a(20);if(n===e.pid&&o(e.pid))return`the learn proxy (pid ${e.pid}) did not stop`;if(await m(e.port))return`port ${e.port} is still open`}function S(e){let n;try{n=(0,u.readFileSync)((0,E.join)(e,i.FILES.requests),"utf8")}catch{return[]}return n.split(`
`).filter(Boolean).flatMap(r=>{try{return[JSON.parse(r)]}catch{return[]}})}async function D(e,n=process.env){let r;try{r=JSON.parse(e.state(T.STATE.learnProxy))}catch{return}const f=`http://127.0.0.1:${r.port}`,C=O(r.dir);for(const g of P.LEARN_PROXY_ENV)if(n[g]===f){const h=C[g]??"";e.exportVariable(g,h),n[g]=h}try{const g=await v(r);g?e.warning(`Learn mode: ${g}; it ends with the job.`):e.info(`Learn mode: stopped the recording proxy (pid ${r.pid}); port ${r.port} is closed.`);const h=(0,d.analyse)(S(r.dir));e.summary((0,d.markdown)(h)),e.info(`Twilio requests this job made (${h.rows.length} distinct):`);for(const L of h.rows)e.info(`  ${L.request} -> ${L.permission??(L.known?"no known permission string":"unknown endpoint")}`);h.value.length>0&&e.info(`Smallest inputs that would have served them:
${(0,d.yamlSnippet)(h.value)}`)}catch(g){e.warning(`Learn mode: could not report the permissions: ${g instanceof Error?g.message:String(g)}`)}finally{(0,u.rmSync)((0,E.join)(r.dir,i.FILES.requests),{force:!0}),(0,u.rmSync)((0,E.join)(r.dir,i.FILES.runnerProxy),{force:!0})}}function O(e){try{const n=JSON.parse((0,u.readFileSync)((0,E.join)(e,i.FILES.runnerProxy),"utf8"));return typeof n!="object"||n===null?{}:Object.fromEntries(Object.entries(n).filter(([,r])=>typeof r=="string"))}catch{return{}}}}),8855:((k,s)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.table=G,s.code=u,s.list=p;function c(l){return l.replace(/\|/g,"\\|").replace(/\r?\n/g,"<br>")}function G(l,E,P){const T=[`### ${l}`,"","| | |","|---|---|",...E.map(([d,i])=>`| ${c(d)} | ${c(i)} |`)];return P&&T.push("",P),T.join(`
`)+`
`}function u(l){return"`"+l.replace(/`/g,"'")+"`"}function p(l,E="none"){return l.length?l.map(u).join(", "):E}})};export{y as id,j as ids,w as modules};
