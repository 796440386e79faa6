package org.goldseam.framework;

/** The framework services of one open vault ({@code FrameworkWiring.of} wires them to its database). */
public record ClinicalFramework(TaxonomyService taxonomy, ShameReportService shame, ReflectiveQuestionService reflection,
                                InnerCriticService innerCritic, AttachmentService attachment,
                                FormulationService formulation, MeasureService measures, RiskService risk,
                                GoalService goals) {
}
