/**
 * The rule registry: every validation rule, in the order issues about one field are listed.
 * Order: the structural check, the 92 rules of metronome-domain.md §8 by number, Ratecraft's own checks,
 * and the rule-failure report. Codes are stable; rule-catalog.ts exposes this list to the UI and docs.
 */
import type { AnyRule } from '../rule'
import rcSchema from './rc-schema'
import mtr001SqlExcludesStreamingFields from './mtr-001-sql-excludes-streaming-fields'
import mtr002AggregationType from './mtr-002-aggregation-type'
import mtr003UniqueOnStreaming from './mtr-003-unique-on-streaming'
import mtr004AggregationKeyRequired from './mtr-004-aggregation-key-required'
import mtr005AggregationKeyOnCount from './mtr-005-aggregation-key-on-count'
import mtr006AggregationKeyIsFilter from './mtr-006-aggregation-key-is-filter'
import mtr007GroupKeyNeedsFilter from './mtr-007-group-key-needs-filter'
import mtr008ExistsFalseOnUsedProperty from './mtr-008-exists-false-on-used-property'
import mtr009FilterListsNonEmpty from './mtr-009-filter-lists-non-empty'
import mtr010ContradictoryFilterValues from './mtr-010-contradictory-filter-values'
import mtr011NoEventTypeFilter from './mtr-011-no-event-type-filter'
import mtr012GroupKeysShape from './mtr-012-group-keys-shape'
import mtr013GroupKeyCardinality from './mtr-013-group-key-cardinality'
import mtr014UnboundedGroupKey from './mtr-014-unbounded-group-key'
import mtr015PublishedMetricEdited from './mtr-015-published-metric-edited'
import mtr016ArchivedMetricInNewProduct from './mtr-016-archived-metric-in-new-product'
import mtr017NewMetricMissesPastEvents from './mtr-017-new-metric-misses-past-events'
import mtr018SqlReadsEventsOnly from './mtr-018-sql-reads-events-only'
import mtr019SqlUndocumentedConstruct from './mtr-019-sql-undocumented-construct'
import mtr020SqlValueColumn from './mtr-020-sql-value-column'
import mtr021SqlUncastProperties from './mtr-021-sql-uncast-properties'
import mtr022SqlProductKeysAreColumns from './mtr-022-sql-product-keys-are-columns'
import mtr023SqlBreakdownGranularity from './mtr-023-sql-breakdown-granularity'
import mtr024AlertsOnSqlMetrics from './mtr-024-alerts-on-sql-metrics'
import mtr025SampleEventFields from './mtr-025-sample-event-fields'
import mtr026SampleEventTimeWindow from './mtr-026-sample-event-time-window'
import mtr027IngestBatchSize from './mtr-027-ingest-batch-size'
import mtr028NumericPropertyTypes from './mtr-028-numeric-property-types'
import mtr029ProductType from './mtr-029-product-type'
import mtr030UsageProductNeedsMetric from './mtr-030-usage-product-needs-metric'
import mtr031CompositeTargets from './mtr-031-composite-targets'
import mtr032UsageOnlyFields from './mtr-032-usage-only-fields'
import mtr033ProductKeysAreGroupKeys from './mtr-033-product-keys-are-group-keys'
import mtr034CompoundGroupKey from './mtr-034-compound-group-key'
import mtr035QuantityConversion from './mtr-035-quantity-conversion'
import mtr036QuantityRounding from './mtr-036-quantity-rounding'
import mtr037ProductUpdateOnTheHour from './mtr-037-product-update-on-the-hour'
import mtr038ProductUpdateInThePast from './mtr-038-product-update-in-the-past'
import mtr039CompositeOnlyFlags from './mtr-039-composite-only-flags'
import mtr040AccountEnablement from './mtr-040-account-enablement'
import mtr041ArchivingAProduct from './mtr-041-archiving-a-product'
import mtr042OneFiatPerCard from './mtr-042-one-fiat-per-card'
import mtr043SupportedFiat from './mtr-043-supported-fiat'
import mtr044RateProductType from './mtr-044-rate-product-type'
import mtr045RateRequiredFields from './mtr-045-rate-required-fields'
import mtr046RateInterval from './mtr-046-rate-interval'
import mtr047PriceRange from './mtr-047-price-range'
import mtr048Tiers from './mtr-048-tiers'
import mtr049SubscriptionBillingFrequency from './mtr-049-subscription-billing-frequency'
import mtr050SubscriptionRateType from './mtr-050-subscription-rate-type'
import mtr051IsProrated from './mtr-051-is-prorated'
import mtr052CustomUnitConversion from './mtr-052-custom-unit-conversion'
import mtr053PricingUnitFixed from './mtr-053-pricing-unit-fixed'
import mtr054PricingGroupValues from './mtr-054-pricing-group-values'
import mtr055UsageWithoutRate from './mtr-055-usage-without-rate'
import mtr056CommitRate from './mtr-056-commit-rate'
import mtr057OverlappingRates from './mtr-057-overlapping-rates'
import mtr058TiersPerPresentationValue from './mtr-058-tiers-per-presentation-value'
import mtr059SharedCardEdit from './mtr-059-shared-card-edit'
import mtr060AliasReassignment from './mtr-060-alias-reassignment'
import mtr061NotEntitled from './mtr-061-not-entitled'
import mtr062Denomination from './mtr-062-denomination'
import mtr063AddRatesInBulk from './mtr-063-add-rates-in-bulk'
import mtr064OverrideShape from './mtr-064-override-shape'
import mtr065OverridePrioritization from './mtr-065-override-prioritization'
import mtr066SpecifiersExclusive from './mtr-066-specifiers-exclusive'
import mtr067OverwriteTargeting from './mtr-067-overwrite-targeting'
import mtr068CommitSpecificSpecifiers from './mtr-068-commit-specific-specifiers'
import mtr069OverrideTarget from './mtr-069-override-target'
import mtr070CommitRateOverrideIgnored from './mtr-070-commit-rate-override-ignored'
import mtr071CompetingOverrides from './mtr-071-competing-overrides'
import mtr072CommitProductFixed from './mtr-072-commit-product-fixed'
import mtr073AccessSchedule from './mtr-073-access-schedule'
import mtr074PostpaidCommit from './mtr-074-postpaid-commit'
import mtr075ComplimentaryPrepaid from './mtr-075-complimentary-prepaid'
import mtr076SpecifiersOrApplicable from './mtr-076-specifiers-or-applicable'
import mtr077UnscopedCommit from './mtr-077-unscoped-commit'
import mtr078RolloverFraction from './mtr-078-rollover-fraction'
import mtr079GroupValueSpecifiers from './mtr-079-group-value-specifiers'
import mtr080CommitPricingUnit from './mtr-080-commit-pricing-unit'
import mtr081AccessScheduleHours from './mtr-081-access-schedule-hours'
import mtr082AccessBeyondContract from './mtr-082-access-beyond-contract'
import mtr083RecurringTerms from './mtr-083-recurring-terms'
import mtr084SpendThresholdFilters from './mtr-084-spend-threshold-filters'
import mtr085UsageFilterKey from './mtr-085-usage-filter-key'
import mtr086UsageStatementSchedule from './mtr-086-usage-statement-schedule'
import mtr087ScheduledChargesSetting from './mtr-087-scheduled-charges-setting'
import mtr088PackageProvisioning from './mtr-088-package-provisioning'
import mtr089PublishedPackageEdited from './mtr-089-published-package-edited'
import mtr090StripeLineItems from './mtr-090-stripe-line-items'
import mtr091SeatGroupKey from './mtr-091-seat-group-key'
import mtr092GracePeriod from './mtr-092-grace-period'
import rcArchivedReference from './rc-archived-reference'
import rcCaseMismatch from './rc-case-mismatch'
import rcCompositeCycle from './rc-composite-cycle'
import rcContractStartHour from './rc-contract-start-hour'
import rcCustomFieldLimits from './rc-custom-field-limits'
import rcDecimalFormat from './rc-decimal-format'
import rcDuplicateKey from './rc-duplicate-key'
import rcDuplicateName from './rc-duplicate-name'
import rcEnumValue from './rc-enum-value'
import rcEventTypeUnmatched from './rc-event-type-unmatched'
import rcManyGroupKeys from './rc-many-group-keys'
import rcNameRequired from './rc-name-required'
import rcOverrideProductOnCard from './rc-override-product-on-card'
import rcPackageNeedsCard from './rc-package-needs-card'
import rcPriceNotExact from './rc-price-not-exact'
import rcProductKeyDuplicate from './rc-product-key-duplicate'
import rcProductWithoutRate from './rc-product-without-rate'
import rcPublishedRateChanged from './rc-published-rate-changed'
import rcPublishedRateRemoved from './rc-published-rate-removed'
import rcRateAfterContractStart from './rc-rate-after-contract-start'
import rcRateRewritesPast from './rc-rate-rewrites-past'
import rcRateStartHour from './rc-rate-start-hour'
import rcRateType from './rc-rate-type'
import rcSubscriptionRate from './rc-subscription-rate'
import rcTimestampFormat from './rc-timestamp-format'
import rcUnknownReference from './rc-unknown-reference'
import rcRuleFailed from './rc-rule-failed'

export const RULES: readonly AnyRule[] = [
  rcSchema,
  mtr001SqlExcludesStreamingFields,
  mtr002AggregationType,
  mtr003UniqueOnStreaming,
  mtr004AggregationKeyRequired,
  mtr005AggregationKeyOnCount,
  mtr006AggregationKeyIsFilter,
  mtr007GroupKeyNeedsFilter,
  mtr008ExistsFalseOnUsedProperty,
  mtr009FilterListsNonEmpty,
  mtr010ContradictoryFilterValues,
  mtr011NoEventTypeFilter,
  mtr012GroupKeysShape,
  mtr013GroupKeyCardinality,
  mtr014UnboundedGroupKey,
  mtr015PublishedMetricEdited,
  mtr016ArchivedMetricInNewProduct,
  mtr017NewMetricMissesPastEvents,
  mtr018SqlReadsEventsOnly,
  mtr019SqlUndocumentedConstruct,
  mtr020SqlValueColumn,
  mtr021SqlUncastProperties,
  mtr022SqlProductKeysAreColumns,
  mtr023SqlBreakdownGranularity,
  mtr024AlertsOnSqlMetrics,
  mtr025SampleEventFields,
  mtr026SampleEventTimeWindow,
  mtr027IngestBatchSize,
  mtr028NumericPropertyTypes,
  mtr029ProductType,
  mtr030UsageProductNeedsMetric,
  mtr031CompositeTargets,
  mtr032UsageOnlyFields,
  mtr033ProductKeysAreGroupKeys,
  mtr034CompoundGroupKey,
  mtr035QuantityConversion,
  mtr036QuantityRounding,
  mtr037ProductUpdateOnTheHour,
  mtr038ProductUpdateInThePast,
  mtr039CompositeOnlyFlags,
  mtr040AccountEnablement,
  mtr041ArchivingAProduct,
  mtr042OneFiatPerCard,
  mtr043SupportedFiat,
  mtr044RateProductType,
  mtr045RateRequiredFields,
  mtr046RateInterval,
  mtr047PriceRange,
  mtr048Tiers,
  mtr049SubscriptionBillingFrequency,
  mtr050SubscriptionRateType,
  mtr051IsProrated,
  mtr052CustomUnitConversion,
  mtr053PricingUnitFixed,
  mtr054PricingGroupValues,
  mtr055UsageWithoutRate,
  mtr056CommitRate,
  mtr057OverlappingRates,
  mtr058TiersPerPresentationValue,
  mtr059SharedCardEdit,
  mtr060AliasReassignment,
  mtr061NotEntitled,
  mtr062Denomination,
  mtr063AddRatesInBulk,
  mtr064OverrideShape,
  mtr065OverridePrioritization,
  mtr066SpecifiersExclusive,
  mtr067OverwriteTargeting,
  mtr068CommitSpecificSpecifiers,
  mtr069OverrideTarget,
  mtr070CommitRateOverrideIgnored,
  mtr071CompetingOverrides,
  mtr072CommitProductFixed,
  mtr073AccessSchedule,
  mtr074PostpaidCommit,
  mtr075ComplimentaryPrepaid,
  mtr076SpecifiersOrApplicable,
  mtr077UnscopedCommit,
  mtr078RolloverFraction,
  mtr079GroupValueSpecifiers,
  mtr080CommitPricingUnit,
  mtr081AccessScheduleHours,
  mtr082AccessBeyondContract,
  mtr083RecurringTerms,
  mtr084SpendThresholdFilters,
  mtr085UsageFilterKey,
  mtr086UsageStatementSchedule,
  mtr087ScheduledChargesSetting,
  mtr088PackageProvisioning,
  mtr089PublishedPackageEdited,
  mtr090StripeLineItems,
  mtr091SeatGroupKey,
  mtr092GracePeriod,
  rcArchivedReference,
  rcCaseMismatch,
  rcCompositeCycle,
  rcContractStartHour,
  rcCustomFieldLimits,
  rcDecimalFormat,
  rcDuplicateKey,
  rcDuplicateName,
  rcEnumValue,
  rcEventTypeUnmatched,
  rcManyGroupKeys,
  rcNameRequired,
  rcOverrideProductOnCard,
  rcPackageNeedsCard,
  rcPriceNotExact,
  rcProductKeyDuplicate,
  rcProductWithoutRate,
  rcPublishedRateChanged,
  rcPublishedRateRemoved,
  rcRateAfterContractStart,
  rcRateRewritesPast,
  rcRateStartHour,
  rcRateType,
  rcSubscriptionRate,
  rcTimestampFormat,
  rcUnknownReference,
  rcRuleFailed,
]
