"use client";
import { useEffect, useRef, useState } from "react";

/**
 * The editor's text: the starter at first, then the learner's last submitted answer once their state
 * arrives (it loads after the page), unless they have started typing meanwhile.
 */
export function useSavedAnswer(starter: string, lastAnswer: string | null) {
  const [text, setText] = useState(lastAnswer ?? starter);
  const edited = useRef(false);
  useEffect(() => {
    if (lastAnswer !== null && !edited.current) setText(lastAnswer);
  }, [lastAnswer]);
  const set = (value: string) => {
    edited.current = true;
    setText(value);
  };
  return [text, set] as const;
}
