import { z } from 'zod';

/** One per load shape in artillery/shapes; every run plays all the journeys in artillery/journeys. */
export const ScenarioNameSchema = z.enum(['smoke', 'normal', 'peak', 'stress', 'spike', 'endurance']);
export type ScenarioName = z.infer<typeof ScenarioNameSchema>;
