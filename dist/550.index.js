const L=550,D=[550],w={3941:((h,s)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.LEARN_MAP=void 0,s.LEARN_MAP=`
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
`}),8429:((h,s)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.IDENTITY_PATH=s.FILES=void 0,s.FILES={ca:"ca.pem",bundle:"ca-bundle.pem",nodeExtra:"node-extra-ca.pem",requests:"requests.jsonl"},s.IDENTITY_PATH="/.well-known/configure-twilio-credentials-learn-proxy"}),6394:((h,s)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.METHOD=void 0,s.decodeLearnMap=c,s.METHOD=/^(GET|POST|DELETE|PUT|PATCH)(?:=([^/]+))?$/;function c(g){const v=[];let[S,l,u,G]=["","","",""];for(const T of g.split(/\s+/)){const r=s.METHOD.exec(T);if(T)if(T.startsWith("@"))[S,l,u,G]=[T.slice(1),"","",""];else if(T.startsWith("~="))l=T.slice(2);else if(T.startsWith("~"))u=l+T.slice(1);else if(T.startsWith("/"))u=T;else if(r){const[,i="",n]=r;v.push({host:S,method:i,path:u,permission:n?`/twilio/${G}/${n}`:void 0})}else G=T;else continue}return v}}),2212:((h,s,c)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.canonicalHost=G,s.isTwilioHost=T,s.matchRequest=r;const g=c(3941),v=c(6394);let S,l;function u(){if(S)return S;S=new Map,l=new Set;for(const{host:i,method:n,path:o,permission:t}of(0,v.decodeLearnMap)(g.LEARN_MAP)){for(const E of o.split("/"))E.includes("{")||l.add(E);const p=o.replace(/[.]/g,"\\.").replace(/\{[^}]+\}/g,"[^/]+"),m=S.get(i)??[];m.push({method:n,template:o,pattern:new RegExp(`^${p}$`),params:(o.match(/\{/g)??[]).length,permission:t}),S.set(i,m)}for(const i of S.values())i.sort((n,o)=>n.params-o.params);return S}function G(i){return i.toLowerCase().replace(/:\d+$/,"").replace(/^([a-z0-9-]+)\.(?:[a-z]+\.)?[a-z]{2}\d\.twilio\.com$/,"$1.twilio.com")}function T(i){const n=i.toLowerCase().replace(/:\d+$/,"");return n==="twilio.com"||n.endsWith(".twilio.com")}function r(i,n,o){const t=o.split(/[?#]/)[0]??"",p=u().get(G(n))??[],m=i.toUpperCase(),E=p.find(e=>e.method===m&&e.pattern.test(t));return E?{template:E.template,permission:E.permission,known:!0}:{template:t.split("/").map(e=>e===""||l.has(e)?e:"{id}").join("/"),permission:void 0,known:!1}}}),7037:((h,s,c)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.analyse=l,s.smallestValue=u,s.yamlSnippet=G,s.markdown=T;const g=c(9856),v=c(8855),S=c(2212);function l(r){const i=new Map;for(const t of r){const p=(0,S.matchRequest)(t.method,t.host,t.path),m=`${t.method} ${t.host}${p.template}`,E=i.get(m)??{row:{request:m,permission:p.permission,known:p.known},count:0,statuses:new Set};E.count++,E.statuses.add(t.status),i.set(m,E)}const n=[...i.values()].map(t=>({...t.row,count:t.count,statuses:[...t.statuses].sort()})).sort((t,p)=>t.request<p.request?-1:1),o=[...new Set(n.flatMap(t=>t.permission?[t.permission]:[]))].sort();return{rows:n,permissions:o,value:u(o)}}function u(r){const i=new Set(r),n=new Set,o=[];for(const t of[...g.PRESETS].sort((p,m)=>m.permissions.length-p.permissions.length)){const p=t.permissions.every(E=>i.has(E)),m=t.permissions.some(E=>!n.has(E));!p||!m||(o.push(t.name),t.permissions.forEach(E=>n.add(E)))}return[...o.sort(),...r.filter(t=>!n.has(t))]}function G(r){return["key-type: restricted","permissions: |",...r.map(i=>`  ${i}`)].join(`
`)}function T(r){const i=["### Twilio permissions this job used",""];if(r.rows.length===0)return i.push("No Twilio request went through the learn proxy, so no permission can be suggested."),i.join(`
`)+`
`;i.push("| Request | Permission | Count | Status |","|---|---|---|---|");for(const o of r.rows){const t=o.permission?(0,v.code)(o.permission):o.known?"no known permission string":"unknown endpoint";i.push(`| ${(0,v.code)(o.request)} | ${t} | ${o.count} | ${o.statuses.join(", ")} |`)}i.push(""),r.value.length>0&&(i.push("Smallest inputs that would have served these requests (paste into the step, remove `learn-permissions`):",""),i.push("```yaml",G(r.value),"```"));const n=r.rows.filter(o=>!o.permission).map(o=>o.request);return n.length>0&&i.push("",`Not mapped to a permission (check Twilio's permission list for these, or keep a standard key): ${(0,v.list)(n)}.`),i.join(`
`)+`
`}}),2550:(function(h,s,c){var g=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(s,"__esModule",{value:!0}),s.portOpen=p,s.stopProxy=m,s.runLearnReport=C;const v=c(3024),S=g(c(7067)),l=g(c(7030)),u=c(6760),G=c(9135),T=c(8405),r=c(7037),i=c(8429),n=e=>new Promise(a=>setTimeout(a,e));function o(e){try{return process.kill(e,0),!0}catch(a){return a.code==="EPERM"}}function t(e){return new Promise(a=>{const d=S.default.get({host:"127.0.0.1",port:e,path:i.IDENTITY_PATH,timeout:2e3,agent:!1},k=>{let P="";k.on("data",O=>P+=O.toString()),k.on("end",()=>{try{a(JSON.parse(P).pid)}catch{a(void 0)}})});d.on("timeout",()=>d.destroy()),d.on("error",()=>a(void 0))})}function p(e){return new Promise(a=>{const d=l.default.connect(e,"127.0.0.1");d.once("connect",()=>{d.destroy(),a(!0)}),d.once("error",()=>a(!1))})}async function m(e){const a=await t(e.port);a===e.pid&&process.kill(a,"SIGTERM");for(let d=0;d<250&&o(e.pid)&&a===e.pid;d++)await n(20);a===e.pid&&o(e.pid)&&process.kill(e.pid,"SIGKILL");for(let d=0;d<50&&o(e.pid)&&a===e.pid;d++)await n(20);if(a===e.pid&&o(e.pid))return`the learn proxy (pid ${e.pid}) did not stop`;if(await p(e.port))return`port ${e.port} is still open`}function E(e){let a;try{a=(0,v.readFileSync)((0,u.join)(e,i.FILES.requests),"utf8")}catch{return[]}return a.split(`
`).filter(Boolean).flatMap(d=>{try{return[JSON.parse(d)]}catch{return[]}})}async function C(e,a=process.env){let d;try{d=JSON.parse(e.state(T.STATE.learnProxy))}catch{return}const k=`http://127.0.0.1:${d.port}`;for(const P of G.LEARN_PROXY_ENV)a[P]===k&&(e.exportVariable(P,""),a[P]="");try{const P=await m(d);P?e.warning(`Learn mode: ${P}; it ends with the job.`):e.info(`Learn mode: stopped the recording proxy (pid ${d.pid}); port ${d.port} is closed.`);const O=(0,r.analyse)(E(d.dir));e.summary((0,r.markdown)(O)),e.info(`Twilio requests this job made (${O.rows.length} distinct):`);for(const f of O.rows)e.info(`  ${f.request} -> ${f.permission??(f.known?"no known permission string":"unknown endpoint")}`);O.value.length>0&&e.info(`Smallest inputs that would have served them:
${(0,r.yamlSnippet)(O.value)}`)}catch(P){e.warning(`Learn mode: could not report the permissions: ${P instanceof Error?P.message:String(P)}`)}finally{(0,v.rmSync)((0,u.join)(d.dir,i.FILES.requests),{force:!0})}}}),8855:((h,s)=>{Object.defineProperty(s,"__esModule",{value:!0}),s.table=g,s.code=v,s.list=S;function c(l){return l.replace(/\|/g,"\\|").replace(/\r?\n/g,"<br>")}function g(l,u,G){const T=[`### ${l}`,"","| | |","|---|---|",...u.map(([r,i])=>`| ${c(r)} | ${c(i)} |`)];return G&&T.push("",G),T.join(`
`)+`
`}function v(l){return"`"+l.replace(/`/g,"'")+"`"}function S(l,u="none"){return l.length?l.map(v).join(", "):u}})};export{L as id,D as ids,w as modules};
