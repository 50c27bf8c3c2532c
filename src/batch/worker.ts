// A cleaning worker: runs the pure half of the pipeline for one document at a time.
import {serveTasks} from './pool.js'
import {analyzeDocument, type Analysis, type AnalyzeOptions} from './stages.js'

export interface AnalyzeTask {
  input: string
  options: AnalyzeOptions
}

serveTasks<AnalyzeTask, Analysis>(({input, options}) => analyzeDocument(input, options))
